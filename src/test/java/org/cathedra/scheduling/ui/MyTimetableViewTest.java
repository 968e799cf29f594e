package org.cathedra.scheduling.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.cathedra.scheduling.CalendarFeedService;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.testing.TestClock;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyTimetableViewTest extends UiTest {

    @Autowired
    CalendarFeedService feeds;
    @Autowired
    TestClock clock;
    @Autowired
    InstituteSettings settings;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    private MyTimetableView open(String who, Locale locale) {
        signIn(who, locale);
        UI.getCurrent().navigate("timetable");
        return _get(MyTimetableView.class);
    }

    @Test
    void the_week_shown_first_and_after_today_is_the_week_of_the_application_clock() {
        clock.freeze();
        clock.advance(Duration.ofDays(400));
        LocalDate then = LocalDate.now(clock.withZone(settings.zone()));
        MyTimetableView view = open("student", Locale.ENGLISH);
        assertThat(view.monday()).isEqualTo(then.with(DayOfWeek.MONDAY));
        view.showWeekOf(LocalDate.of(2026, 9, 9));
        _click(_get(view, Button.class, spec -> spec.withText("Today")));
        assertThat(view.monday()).isEqualTo(then.with(DayOfWeek.MONDAY));
        assertThat(view.period.getText()).contains(String.valueOf(then.with(DayOfWeek.MONDAY).getYear()));
    }

    @Test
    void the_feed_address_is_shown_once_and_a_reset_after_confirmation_revokes_the_old_one() {
        MyTimetableView view = open("teacher", Locale.ENGLISH);
        if (_find(view.feed, Button.class, spec -> spec.withText("Create a feed address")).isEmpty()) {
            _click(_get(view.feed, Button.class, spec -> spec.withText("Revoke")));
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        }
        _click(_get(view.feed, Button.class, spec -> spec.withText("Create a feed address")));
        TextField first = _get(view.feed, TextField.class, spec -> spec.withLabel("Feed address"));
        assertThat(first.getHelperText()).contains("shown only this once");
        String old = first.getValue().replaceAll(".*/calendar/|\\.ics", "");

        view = open("teacher", Locale.ENGLISH);
        assertThat(_find(view.feed, TextField.class)).as("the address cannot be shown again").isEmpty();
        assertThat(view.feed.getElement().getTextRecursively()).contains("You have had a calendar feed since");
        _click(_get(view.feed, Button.class, spec -> spec.withText("Reset the link")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        String renewed = _get(view.feed, TextField.class, spec -> spec.withLabel("Feed address")).getValue()
                .replaceAll(".*/calendar/|\\.ics", "");
        assertThat(renewed).isNotEqualTo(old);
        assertThat(feeds.feed(old)).isEmpty();
        assertThat(feeds.feed(renewed)).isPresent();
    }

    @Test
    void a_student_reads_her_week_day_by_day_with_course_time_room_and_teachers() {
        MyTimetableView view = open("student", Locale.ENGLISH);
        view.showWeekOf(LocalDate.of(2026, 9, 9));
        assertThat(view.period.getText()).isEqualTo("Sep 7, 2026 – Sep 13, 2026");
        var days = _find(view.agenda, Div.class, spec -> spec.withClasses("agenda-day"));
        assertThat(days).isNotEmpty();
        String text = view.agenda.getElement().getTextRecursively();
        assertThat(text).contains("Monday, September 7, 2026", "MG-101 Medical Genetics", "Соколова Ирина Андреевна");
        view.showWeekOf(LocalDate.of(2027, 7, 5));
        assertThat(view.agenda.getElement().getTextRecursively()).contains("No sessions this week.");
    }

    @Test
    void a_trainee_finds_her_internship_placement_in_the_weeks_it_covers_with_the_way_to_her_logbook() {
        MyTimetableView view = open("student", Locale.ENGLISH);
        view.showWeekOf(LocalDate.of(2026, 11, 9));
        String text = view.placements.getElement().getTextRecursively();
        assertThat(text).startsWith("Practice: ").contains("Nov 2, 2026", "site supervisor", "Open the logbook");
        assertThat(_get(view.placements, com.vaadin.flow.component.html.Anchor.class).getHref())
                .isEqualTo("internship/logbook");

        view.showWeekOf(LocalDate.of(2026, 9, 9));
        assertThat(view.placements.getChildren()).as("no placement before it starts").isEmpty();
    }

    @Test
    void a_teacher_sees_her_sessions_in_russian() {
        MyTimetableView view = open("teacher", Locale.forLanguageTag("ru"));
        view.showWeekOf(LocalDate.of(2026, 9, 7));
        assertThat(view.agenda.getElement().getTextRecursively()).contains("Медицинская генетика", "Лекция");
    }

    @Test
    void the_feed_address_is_made_shown_and_revoked_after_confirmation() {
        MyTimetableView view = open("student", Locale.ENGLISH);
        if (!_find(view.feed, Button.class, spec -> spec.withText("Revoke")).isEmpty()) {
            _click(_get(view.feed, Button.class, spec -> spec.withText("Revoke")));
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        }
        assertThat(view.feed.getElement().getTextRecursively()).contains("You have no calendar feed yet.");
        _click(_get(view.feed, Button.class, spec -> spec.withText("Create a feed address")));
        TextField address = _get(view.feed, TextField.class, spec -> spec.withLabel("Feed address"));
        assertThat(address.getValue()).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        String token = address.getValue().replaceAll(".*/calendar/|\\.ics", "");
        assertThat(feeds.feed(token)).isPresent();

        _click(_get(view.feed, Button.class, spec -> spec.withText("Revoke")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(feeds.feed(token)).isEmpty();
        assertThat(_find(view.feed, TextField.class)).isEmpty();
    }
}
