package org.cathedra.scheduling.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.cathedra.scheduling.AttendanceMark.Mark;
import org.cathedra.scheduling.AttendanceService;
import org.cathedra.scheduling.ScheduleFixture;
import org.cathedra.scheduling.TimetableService;
import org.cathedra.testing.SignIn;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AttendanceViewTest extends UiTest {

    @Autowired
    ScheduleFixture fixture;
    @Autowired
    TimetableService timetable;
    @Autowired
    AttendanceService attendance;

    @Test
    void the_roster_marks_each_attendee_and_shows_late_joiners_as_not_enrolled_yet() {
        SignIn.as(accounts, "admin");
        long teacher = fixture.teacher();
        long offering = fixture.offering(teacher);
        var group = fixture.cohort(2);
        long session = timetable.save(null, 0, ScheduleFixture.draft(offering,
                LocalDate.now(ZoneId.of("Europe/Moscow")).minusDays(3), 7, 2, fixture.room(30), Set.of(teacher),
                Set.of(group.name()), true, null)).getFirst();
        fixture.enrol(fixture.cohort(1).ids().getFirst(), offering);

        signIn("admin");
        UI.getCurrent().navigate("attendance", com.vaadin.flow.router.QueryParameters.of("session", String.valueOf(session)));
        AttendanceView view = _get(AttendanceView.class);
        assertThat(view.roster.getElement().getTextRecursively()).contains("Not enrolled yet");
        @SuppressWarnings("unchecked")
        var marks = _find(view.roster, RadioButtonGroup.class).stream()
                .map(g -> (RadioButtonGroup<Mark>) g).toList();
        assertThat(marks).hasSize(2);
        _setValue(marks.get(0), Mark.PRESENT);
        _setValue(marks.get(1), Mark.EXCUSED);
        SignIn.as(accounts, "admin");
        assertThat(attendance.roster(session)).extracting(AttendanceService.RosterLine::mark)
                .containsOnlyOnce(Mark.PRESENT, Mark.EXCUSED);
        assertThat(view.totals.getElement().getTextRecursively()).contains("100 %", "excused 1");
    }

    @Test
    void without_a_session_the_roster_says_where_to_start() {
        signIn("teacher");
        UI.getCurrent().navigate("attendance");
        assertThat(_get(AttendanceView.class).roster.getElement().getTextRecursively())
                .contains("Open a session from your timetable");
    }
}
