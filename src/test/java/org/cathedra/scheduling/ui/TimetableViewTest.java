package org.cathedra.scheduling.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import java.time.LocalDate;
import java.util.Set;
import org.cathedra.scheduling.Room;
import org.cathedra.scheduling.RoomService;
import org.cathedra.scheduling.ScheduleFixture;
import org.cathedra.scheduling.TimetableService;
import org.cathedra.testing.SignIn;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TimetableViewTest extends UiTest {

    @Autowired
    ScheduleFixture fixture;
    @Autowired
    TimetableService timetable;
    @Autowired
    RoomService rooms;

    private TimetableView open() {
        signIn("admin");
        UI.getCurrent().navigate("admin/timetable");
        return _get(TimetableView.class);
    }

    private static Room demoRoom(RoomService rooms, String code) {
        return rooms.active().stream().filter(r -> r.getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void the_week_and_month_of_a_room_show_the_published_demo_timetable() {
        TimetableView view = open();
        assertThat(view.calendar.getElement().getTextRecursively()).contains("Choose a room, a teacher or a group");
        view.show(TimetableView.By.GROUP, "RES-GEN-2026", LocalDate.of(2026, 9, 7));
        WeekGrid week = _get(view.calendar, WeekGrid.class);
        assertThat(_find(week, NativeButton.class, spec -> spec.withClasses("session-chip"))).isNotEmpty();
        assertThat(week.getElement().getTextRecursively()).contains("MG-101", "1. 09:00–09:45", "Mon 7 Sep");

        _setValue(view.span, "month");
        MonthGrid month = _get(view.calendar, MonthGrid.class);
        assertThat(_find(month, NativeButton.class, spec -> spec.withClasses("session-chip")).size())
                .isGreaterThan(10);
        assertThat(view.period.getText()).isEqualTo("September 2026");
    }

    @Test
    void the_editor_explains_each_conflict_refuses_to_save_and_saves_with_a_recorded_override() {
        SignIn.as(accounts, "admin");
        long teacher = fixture.teacher();
        long offering = fixture.offering(teacher);
        Room room = fixture.room(30);
        LocalDate monday = fixture.week();
        var group = fixture.cohort(2);
        timetable.save(null, 0, ScheduleFixture.draft(offering, monday, 1, 2, room, Set.of(teacher),
                Set.of(group.name()), false, null));
        long other = fixture.offering(fixture.teacher());

        TimetableView view = open();
        view.show(TimetableView.By.ROOM, room, monday);
        assertThat(_find(view.calendar, NativeButton.class, spec -> spec.withClasses("session-chip"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withText("New session")));
        var dialog = _get(org.cathedra.shared.ui.FormDialog.class);
        var editorOffering = _get(dialog, com.vaadin.flow.component.combobox.ComboBox.class,
                spec -> spec.withLabel("Course offering"));
        @SuppressWarnings("unchecked")
        var offerings = (com.vaadin.flow.component.combobox.ComboBox<TimetableService.OfferingChoice>) editorOffering;
        _setValue(offerings, timetable.offerings(java.util.Locale.ENGLISH).stream()
                .filter(o -> o.id() == other).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        var groups = (com.vaadin.flow.component.combobox.MultiSelectComboBox<String>) _get(dialog,
                com.vaadin.flow.component.combobox.MultiSelectComboBox.class, spec -> spec.withLabel("Groups"));
        _setValue(groups, Set.of(group.name()));
        _setValue(_get(dialog, com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withLabel("Date")), monday);

        String explained = _get(dialog, com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("session-conflicts")).getElement().getTextRecursively();
        assertThat(explained).contains("clashes 2 time(s)", "room " + room.getCode() + " is taken by",
                "group " + group.name() + " has");
        _click(dialog.saveButton());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(timetable.ofRoom(room.getId(), monday, monday)).hasSize(1);

        _setValue(_get(dialog, com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withLabel("Save despite the conflicts")), true);
        _setValue(_get(dialog, com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withLabel("Reason for saving despite the conflicts")), "Joint revision class");
        _click(dialog.saveButton());
        assertThat(_find(org.cathedra.shared.ui.FormDialog.class)).isEmpty();
        assertThat(timetable.ofRoom(room.getId(), monday, monday)).hasSize(2)
                .anyMatch(s -> "Joint revision class".equals(s.overrideReason()));
        assertThat(_find(view.calendar, NativeButton.class, spec -> spec.withClasses("session-chip"))).hasSize(2);
    }

    @Test
    void a_session_opened_from_the_calendar_is_moved_to_a_free_hour_or_cancelled() {
        SignIn.as(accounts, "admin");
        long teacher = fixture.teacher();
        Room room = fixture.room(30);
        LocalDate monday = fixture.week();
        long id = timetable.save(null, 0, ScheduleFixture.draft(fixture.offering(teacher), monday, 1, 2, room,
                Set.of(teacher), Set.of(fixture.cohort(1).name()), false, null)).getFirst();

        TimetableView view = open();
        view.show(TimetableView.By.TEACHER, new TimetableService.Choice(teacher, "x"), monday);
        _click(_get(view.calendar, NativeButton.class, spec -> spec.withClasses("session-chip")));
        var dialog = _get(org.cathedra.shared.ui.FormDialog.class);
        assertThat(_get(dialog, com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("session-conflicts"))
                .getElement().getTextRecursively()).contains("No conflicts.");
        @SuppressWarnings("unchecked")
        var period = (com.vaadin.flow.component.select.Select<Integer>) _get(dialog,
                com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("First academic hour"));
        _setValue(period, 5);
        _click(dialog.saveButton());
        assertThat(timetable.get(id).startsAt()).isEqualTo(java.time.LocalTime.of(13, 5));

        _click(_get(view.calendar, NativeButton.class, spec -> spec.withClasses("session-chip")));
        _click(_get(Button.class, spec -> spec.withText("Cancel this session")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(timetable.get(id).cancelled()).isTrue();
        assertThat(_get(view.calendar, NativeButton.class, spec -> spec.withClasses("session-chip"))
                .getElement().getTextRecursively()).contains("Cancelled");
    }
}
