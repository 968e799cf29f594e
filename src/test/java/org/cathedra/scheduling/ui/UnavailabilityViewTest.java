package org.cathedra.scheduling.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.cathedra.scheduling.RoomService;
import org.cathedra.scheduling.ScheduleFixture;
import org.cathedra.scheduling.SessionDraft;
import org.cathedra.scheduling.SessionKind;
import org.cathedra.scheduling.TeacherUnavailability.Recurrence;
import org.cathedra.scheduling.TimetableService;
import org.cathedra.scheduling.UnavailabilityService;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.testing.SignIn;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UnavailabilityViewTest extends UiTest {

    @Autowired
    ScheduleFixture fixture;
    @Autowired
    UnavailabilityService service;
    @Autowired
    TimetableService timetable;
    @Autowired
    RoomService rooms;

    private UnavailabilityView open(String who, Locale locale, QueryParameters query) {
        signIn(who, locale);
        UI.getCurrent().navigate("unavailability", query);
        return _get(UnavailabilityView.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(FormDialog dialog, String label) {
        return (Select<T>) _get(dialog, Select.class, spec -> spec.withLabel(label));
    }

    @Test
    void a_teacher_adds_changes_and_removes_her_weekly_clinic_day_and_is_told_why_a_duplicate_is_refused() {
        ScheduleFixture.Login me = fixture.teacherWithLogin();
        UnavailabilityView view = open(me.username(), Locale.ENGLISH, QueryParameters.empty());
        assertThat(view.teacher.isVisible()).as("a teacher keeps only her own times").isFalse();
        assertThat(view.teacher.getValue().id()).isEqualTo(me.personId());
        assertThat(view.empty.getElement().getTextRecursively()).contains("No unavailable times recorded.");

        _click(view.add);
        FormDialog dialog = _get(FormDialog.class);
        assertThat(_find(dialog, DatePicker.class)).as("no dates for a weekly time").isEmpty();
        _setValue(select(dialog, "Day of the week"), DayOfWeek.TUESDAY);
        _setValue(select(dialog, "From academic hour"), 1);
        _setValue(select(dialog, "To academic hour"), 4);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Reason")), "Clinic day");
        _click(dialog.saveButton());
        assertThat(_find(FormDialog.class)).isEmpty();
        assertThat(GridKt._size(view.entries)).isEqualTo(1);
        assertThat(view.when(GridKt._get(view.entries, 0)))
                .isEqualTo("Every week on Tuesday, academic hours 1–4 (09:00–12:25)");

        _click(view.add);
        dialog = _get(FormDialog.class);
        _setValue(select(dialog, "Day of the week"), DayOfWeek.TUESDAY);
        _setValue(select(dialog, "From academic hour"), 3);
        _setValue(select(dialog, "To academic hour"), 6);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Reason")), "Seminar at the clinic");
        _click(dialog.saveButton());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("form-refusal")).getText())
                .isEqualTo("This time overlaps an unavailable time already recorded (Clinic day); change that one "
                        + "instead.");
        _setValue(select(dialog, "From academic hour"), 7);
        _setValue(select(dialog, "To academic hour"), 5);
        _click(dialog.saveButton());
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("form-refusal")).getText())
                .isEqualTo("The end of an unavailable period must come after its start.");
        _click(dialog.cancelButton());
        assertThat(GridKt._size(view.entries)).isEqualTo(1);

        _click(_get((Div) GridKt._getCellComponent(view.entries, 0, "actions"), Button.class,
                spec -> spec.withClasses("edit-entry")));
        dialog = _get(FormDialog.class);
        _setValue(select(dialog, "Day of the week"), DayOfWeek.THURSDAY);
        _click(dialog.saveButton());
        assertThat(service.of(me.personId())).singleElement().matches(e -> e.weekday() == DayOfWeek.THURSDAY
                && e.reason().equals("Clinic day"));

        Button remove = _get((Div) GridKt._getCellComponent(view.entries, 0, "actions"), Button.class,
                spec -> spec.withClasses("remove-entry"));
        assertThat(remove.getAriaLabel()).hasValue("Remove: Every week on Thursday, academic hours 1–4 (09:00–12:25)");
        _click(remove);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(service.of(me.personId())).isEmpty();
        assertThat(view.entries.isVisible()).isFalse();
    }

    @Test
    void the_office_picks_a_teacher_and_records_a_congress_in_russian() {
        ScheduleFixture.Login teacher = fixture.teacherWithLogin();
        UnavailabilityView view = open("admin", Locale.forLanguageTag("ru"),
                QueryParameters.of("teacher", String.valueOf(teacher.personId())));
        assertThat(view.teacher.isVisible()).isTrue();
        assertThat(view.teacher.getValue().id()).isEqualTo(teacher.personId());

        _click(view.add);
        FormDialog dialog = _get(FormDialog.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Recurrence> recurrence = _get(dialog, RadioButtonGroup.class);
        _setValue(recurrence, Recurrence.DATES);
        assertThat(_find(dialog, Select.class, spec -> spec.withLabel("День недели"))).isEmpty();
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("С")), LocalDate.of(2033, 5, 17));
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("По")), LocalDate.of(2033, 5, 19));
        _setValue(select(dialog, "С академического часа"), 1);
        _setValue(select(dialog, "По академический час"), 10);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Причина")), "Конгресс генетиков");
        _click(dialog.saveButton());
        assertThat(service.of(teacher.personId())).singleElement()
                .matches(e -> e.startsAt().toString().equals("2033-05-17T09:00")
                        && e.endsAt().toString().equals("2033-05-19T18:20"));
        assertThat(((Div) GridKt._getCellComponent(view.entries, 0, "when")).getElement().getTextRecursively())
                .isEqualTo("17 мая 2033\u202fг., 09:00 – 19 мая 2033\u202fг., 18:20" + "Конгресс генетиков");
    }

    @Test
    void the_session_editor_explains_that_a_teacher_is_away_on_her_weekly_clinic_day() {
        SignIn.as(accounts, "admin");
        long teacher = fixture.teacher();
        long offering = fixture.offering(teacher);
        LocalDate monday = fixture.week();
        service.add(teacher, UnavailabilityService.Draft.weekly(DayOfWeek.WEDNESDAY, 1, 3, "Clinic day"));
        signIn("admin");
        SessionDraft start = new SessionDraft(offering, SessionKind.LECTURE, monday.plusDays(2), 2, 2, null, null,
                fixture.room(30).getId(), null, Set.of(teacher), Set.of(fixture.cohort(1).name()), false, null,
                false, null);
        SessionEditor editor = new SessionEditor(timetable, rooms.active(), null, start, () -> {
        });
        editor.open();
        String explained = _get(editor.dialog, Div.class, spec -> spec.withClasses("session-conflicts"))
                .getElement().getTextRecursively();
        assertThat(explained).contains("is unavailable from " + monday.plusDays(2) + " 09:00 to "
                + monday.plusDays(2) + " 11:35 (Clinic day)");
    }
}
