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
import java.time.LocalDate;
import java.util.Locale;
import org.cathedra.scheduling.CalendarFeedService;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyTimetableViewTest extends UiTest {

    @Autowired
    CalendarFeedService feeds;

    private MyTimetableView open(String who, Locale locale) {
        signIn(who, locale);
        UI.getCurrent().navigate("timetable");
        return _get(MyTimetableView.class);
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
