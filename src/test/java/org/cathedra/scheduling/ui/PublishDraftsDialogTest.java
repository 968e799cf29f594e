package org.cathedra.scheduling.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cathedra.scheduling.Room;
import org.cathedra.scheduling.ScheduleFixture;
import org.cathedra.scheduling.SessionDraft;
import org.cathedra.scheduling.SessionKind;
import org.cathedra.scheduling.TimetableService;
import org.cathedra.testing.SignIn;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PublishDraftsDialogTest extends UiTest {

    @Autowired
    ScheduleFixture fixture;
    @Autowired
    TimetableService timetable;

    private long draft(long offering, long teacher, Room room, LocalDate date, int period) {
        return timetable.save(null, 0, new SessionDraft(offering, SessionKind.SEMINAR, date, period, 1, null, null,
                room.getId(), null, Set.of(teacher), Set.of(fixture.cohort(1).name()), false, null, false,
                "Planned together")).getFirst();
    }

    private Dialog openFor(Room room, LocalDate monday) {
        signIn("admin");
        UI.getCurrent().navigate("admin/timetable");
        TimetableView view = _get(TimetableView.class);
        view.show(TimetableView.By.ROOM, room, monday);
        _click(_get(view, Button.class, spec -> spec.withText("Publish all drafts")));
        return _get(Dialog.class, spec -> spec.withClasses("publish-dialog"));
    }

    @Test
    void the_confirmation_says_how_many_drafts_of_the_week_go_out_and_publishes_them() {
        SignIn.as(accounts, "admin");
        long teacher = fixture.teacher();
        long offering = fixture.offering(teacher);
        Room room = fixture.room(30);
        LocalDate monday = fixture.week();
        List<Long> ids = List.of(draft(offering, teacher, room, monday, 1), draft(offering, teacher, room,
                monday.plusDays(1), 1));

        Dialog dialog = openFor(room, monday);
        String summary = _get(dialog, Div.class, spec -> spec.withClasses("publish-summary")).getElement()
                .getTextRecursively();
        assertThat(summary).contains("2 draft session(s) from", "in every room", "They have no conflicts.");
        Button publish = _get(dialog, Button.class, spec -> spec.withText("Publish 2 session(s)"));
        assertThat(publish.isEnabled()).isTrue();
        _click(publish);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(ids).allMatch(id -> timetable.get(id).published());
    }

    @Test
    void conflicting_drafts_are_listed_and_go_out_only_with_a_reason_for_the_override() {
        SignIn.as(accounts, "admin");
        Room room = fixture.room(30);
        LocalDate monday = fixture.week();
        long a = fixture.teacher();
        long b = fixture.teacher();
        List<Long> ids = List.of(draft(fixture.offering(a), a, room, monday, 2),
                draft(fixture.offering(b), b, room, monday, 2));

        Dialog dialog = openFor(room, monday);
        Div summary = _get(dialog, Div.class, spec -> spec.withClasses("publish-summary"));
        assertThat(summary.getElement().getTextRecursively()).contains("2 draft session(s)",
                "They have 2 hard conflict(s)", "room " + room.getCode() + " is taken by");
        assertThat(summary.hasClassName("has-conflicts")).isTrue();
        Button publish = _get(dialog, Button.class, spec -> spec.withText("Publish 2 session(s)"));
        assertThat(publish.isEnabled()).isFalse();

        _setValue(_get(dialog, Checkbox.class, spec -> spec.withLabel("Save despite the conflicts")), true);
        assertThat(publish.isEnabled()).as("not without a reason").isFalse();
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Reason for saving despite the conflicts")),
                "Joint session of both groups");
        assertThat(publish.isEnabled()).isTrue();
        _click(publish);
        assertThat(ids).allMatch(id -> timetable.get(id).published()
                && "Joint session of both groups".equals(timetable.get(id).overrideReason()));
    }
}
