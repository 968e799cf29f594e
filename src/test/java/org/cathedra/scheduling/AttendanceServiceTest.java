package org.cathedra.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.cathedra.directory.AccountService;
import org.cathedra.scheduling.AttendanceMark.Mark;
import org.cathedra.scheduling.AttendanceService.RosterLine;
import org.cathedra.scheduling.AttendanceService.Totals;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Marks, "not enrolled yet", totals and the minimum-attendance rule on the real database. */
@CathedraTest
class AttendanceServiceTest {

    @Autowired
    AttendanceService attendance;
    @Autowired
    TimetableService timetable;
    @Autowired
    ScheduleFixture fixture;
    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_session_is_marked_late_joiners_are_not_enrolled_yet_and_totals_show_who_is_below_the_minimum() {
        SignIn.as(accounts, "admin");
        long teacher = fixture.teacher();
        long offering = fixture.offering(teacher);
        var group = fixture.cohort(2);
        String username = fixture.studentWithLogin(group.name());
        long anna = fixture.personOf(username);
        LocalDate lastWeek = LocalDate.now(ZoneId.of("Europe/Moscow")).minusDays(7);
        long session = timetable.save(null, 0, ScheduleFixture.draft(offering, lastWeek, 9, 2, fixture.room(30),
                Set.of(teacher), Set.of(group.name()), true, null)).getFirst();
        long latecomer = fixture.cohort(1).ids().getFirst();
        fixture.enrol(latecomer, offering);

        List<RosterLine> roster = attendance.roster(session);
        assertThat(roster).extracting(RosterLine::studentId)
                .containsExactlyInAnyOrder(group.ids().get(0), group.ids().get(1), anna, latecomer);
        assertThat(roster).filteredOn(RosterLine::notEnrolledYet).extracting(RosterLine::studentId)
                .containsExactly(latecomer);
        assertThatThrownBy(() -> attendance.mark(session, latecomer, Mark.ABSENT))
                .hasMessageContaining("error.attendance.notEnrolledYet");

        attendance.mark(session, group.ids().get(0), Mark.PRESENT);
        attendance.mark(session, group.ids().get(1), Mark.PRESENT);
        attendance.mark(session, group.ids().get(1), Mark.ABSENT);
        attendance.mark(session, anna, Mark.LATE);
        assertThat(attendance.roster(session)).filteredOn(l -> l.studentId() == group.ids().get(1))
                .extracting(RosterLine::mark).containsExactly(Mark.ABSENT);

        List<Totals> totals = attendance.totals(offering);
        assertThat(totals).extracting(Totals::studentId).doesNotContain(latecomer);
        assertThat(totals).filteredOn(t -> t.studentId() == group.ids().get(1)).singleElement()
                .matches(t -> t.percent() == 0 && t.absent() == 1);
        assertThat(attendance.below(offering)).isEmpty();
        attendance.setMinimum(timetable.courseOf(offering), 75);
        assertThat(attendance.below(offering)).extracting(Totals::studentId).containsExactly(group.ids().get(1));
        assertThatThrownBy(() -> attendance.setMinimum(timetable.courseOf(offering), 0))
                .hasMessageContaining("error.attendance.minimum");

        SignIn.as(accounts, username);
        assertThat(attendance.mine()).singleElement().matches(t -> t.late() == 1 && t.percent() == 100);
        // each student's own totals are the office's totals for them: a member of the cohort, absent
        org.cathedra.enrollment.EnrollmentFixture.signInAsStudent(group.ids().get(1));
        assertThat(attendance.mine()).singleElement()
                .matches(t -> t.absent() == 1 && t.percent() == 0 && t.unmarked() == 0);
        // and one who took a seat after the session: not due there, so nothing to count
        org.cathedra.enrollment.EnrollmentFixture.signInAsStudent(latecomer);
        assertThat(attendance.mine()).isEmpty();
    }

    @Test
    void only_the_sessions_teachers_and_the_office_mark_and_a_cancelled_session_has_no_attendance() {
        SignIn.as(accounts, "admin");
        long teacher = fixture.teacher();
        long offering = fixture.offering(teacher);
        var group = fixture.cohort(1);
        long session = timetable.save(null, 0, ScheduleFixture.draft(offering, fixture.week(), 1, 2,
                fixture.room(30), Set.of(teacher), Set.of(group.name()), false, null)).getFirst();

        SignIn.as(accounts, "teacher");
        assertThatThrownBy(() -> attendance.roster(session)).hasMessageContaining("error.attendance.notYours");
        assertThatThrownBy(() -> attendance.mark(session, group.ids().getFirst(), Mark.PRESENT))
                .hasMessageContaining("error.attendance.notYours");

        SignIn.as(accounts, "admin");
        timetable.cancel(session, timetable.get(session).version());
        assertThatThrownBy(() -> attendance.mark(session, group.ids().getFirst(), Mark.PRESENT))
                .hasMessageContaining("error.attendance.cancelled");
    }
}
