package org.cathedra.scheduling.solving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cathedra.directory.AccountService;
import org.cathedra.scheduling.Conflict;
import org.cathedra.scheduling.SessionDraft;
import org.cathedra.scheduling.SessionView;
import org.cathedra.scheduling.TimetableService;
import org.cathedra.scheduling.UnavailabilityService;
import org.cathedra.shared.AuditedChange;
import org.cathedra.shared.DomainException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Solving a small week on the real database: the proposal, applying it, pinned sessions, stale proposals. */
@CathedraTest
@RecordApplicationEvents
class SolveServiceTest {

    @Autowired
    SolveService solve;
    @Autowired
    TimetableService timetable;
    @Autowired
    SolveScenario scenario;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationEvents events;
    @Autowired
    UnavailabilityService unavailability;
    @Autowired
    WeekPlanner planner;

    SolveScenario.Week week;

    @BeforeEach
    void setUp() {
        SignIn.as(accounts, "admin");
        week = scenario.build();
    }

    @AfterEach
    void tearDown() {
        SignIn.as(accounts, "admin");
        solve.discard(week.termId());
        SignIn.out();
    }

    private Proposal solved() {
        solve.start(week.termId(), week.monday(), 2);
        assertThat(solve.progress(week.termId()).state()).isIn(SolveProgress.State.SOLVING,
                SolveProgress.State.FINISHED);
        await().pollInSameThread().atMost(Duration.ofSeconds(60))
                .until(() -> solve.progress(week.termId()).state() != SolveProgress.State.SOLVING);
        SolveProgress done = solve.progress(week.termId());
        assertThat(done.state()).isEqualTo(SolveProgress.State.FINISHED);
        assertThat(done.hard()).isZero();
        return done.proposal();
    }

    private List<Conflict> conflictsOf(long sessionId) {
        SessionView s = timetable.get(sessionId);
        return timetable.check(sessionId, new SessionDraft(s.offeringId(), s.kind(), s.date(), s.startPeriod(),
                s.hours(), null, null, s.roomId(), s.requiredFeature(), s.teacherIds(), s.cohorts(),
                s.includeEnrolled(), null, false, null));
    }

    @Test
    void a_solved_week_is_applied_without_a_hard_conflict_and_the_pinned_session_stays() {
        assertThat(conflictsOf(week.first())).anyMatch(Conflict::hard);
        SessionView pinnedBefore = timetable.get(week.pinned());

        Proposal proposal = solved();

        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.moves()).isNotEmpty()
                .noneMatch(m -> m.sessionId() == week.pinned())
                .allMatch(m -> !m.toDate().isBefore(week.monday()) && m.toDate().isBefore(week.monday().plusDays(7)));
        int moved = solve.apply(week.termId());

        assertThat(moved).isEqualTo(proposal.moves().size());
        for (long id : week.all()) {
            assertThat(conflictsOf(id)).as("session %d", id).noneMatch(Conflict::hard);
        }
        SessionView pinnedAfter = timetable.get(week.pinned());
        assertThat(pinnedAfter.version()).isEqualTo(pinnedBefore.version());
        assertThat(pinnedAfter.date()).isEqualTo(pinnedBefore.date());
        assertThat(pinnedAfter.startsAt()).isEqualTo(pinnedBefore.startsAt());
        assertThat(pinnedAfter.roomId()).isEqualTo(pinnedBefore.roomId());
        assertThat(events.stream(AuditedChange.class).map(AuditedChange::action))
                .contains("solve.started", "moved", "solve.applied");
        assertThat(solve.progress(week.termId()).state()).isEqualTo(SolveProgress.State.IDLE);
    }

    @Test
    void a_weekly_unavailability_keeps_the_teacher_away_in_its_hours_of_its_weekday_only() {
        long teacher = timetable.get(week.first()).teacherIds().iterator().next();
        long entry = unavailability.add(teacher, UnavailabilityService.Draft.weekly(DayOfWeek.TUESDAY, 2, 3,
                "clinic day"));
        try {
            List<TeacherAway> aways = planner.plan(week.termId(), week.monday()).getAways().stream()
                    .filter(a -> a.teacherId() == teacher).toList();

            assertThat(aways).contains(new TeacherAway(teacher, DayOfWeek.TUESDAY, 2),
                    new TeacherAway(teacher, DayOfWeek.TUESDAY, 3));
            assertThat(aways).noneMatch(a -> a.day() == DayOfWeek.TUESDAY && (a.period() == 1 || a.period() == 4));
            assertThat(aways).noneMatch(a -> a.day() != DayOfWeek.TUESDAY);
        } finally {
            unavailability.remove(entry, unavailability.of(teacher).stream().filter(e -> e.id() == entry)
                    .findFirst().orElseThrow().version());
        }
    }

    @Test
    void a_proposal_made_before_a_session_was_edited_is_refused_and_nothing_moves() {
        Proposal proposal = solved();
        Proposal.Move first = proposal.moves().getFirst();
        SessionView edited = timetable.get(first.sessionId());
        solve.pin(edited.id(), edited.version(), true);
        List<SessionView> before = week.all().stream().map(timetable::get).toList();

        assertThatThrownBy(() -> solve.apply(week.termId())).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("solve.error.stale");

        List<SessionView> after = week.all().stream().map(timetable::get).toList();
        assertThat(after).extracting(SessionView::date, SessionView::startsAt, SessionView::roomId)
                .containsExactlyElementsOf(before.stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.date(),
                        s.startsAt(), s.roomId())).toList());
        assertThat(solve.progress(week.termId()).proposal()).isNotNull();
    }

    @Test
    void a_solve_can_be_stopped_and_its_best_so_far_is_the_proposal() {
        solve.start(week.termId(), week.monday(), 120);
        assertThatThrownBy(() -> solve.start(week.termId(), week.monday(), 5))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("solve.error.running");
        solve.stop(week.termId());
        await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> solve.progress(week.termId()).state() == SolveProgress.State.FINISHED);
        assertThat(solve.progress(week.termId()).elapsed()).isLessThan(Duration.ofSeconds(120));
        assertThat(solve.progress(week.termId()).proposal()).isNotNull();
        assertThat(events.stream(AuditedChange.class).map(AuditedChange::action)).contains("solve.stopped");
    }

    @Test
    void a_stop_asked_the_moment_a_solve_starts_is_not_lost() {
        // started again at once, a solve may still wait for the solver's one thread when it is stopped: Timefold
        // then cancels it without telling any consumer, and the service must end it itself
        for (int i = 0; i < 10; i++) {
            await().pollInSameThread().atMost(Duration.ofSeconds(10)).ignoreException(IllegalStateException.class)
                    .until(() -> {
                        solve.start(week.termId(), week.monday(), 120);
                        return true;
                    });
            solve.stop(week.termId());
            await().pollInSameThread().atMost(Duration.ofSeconds(20))
                    .until(() -> solve.progress(week.termId()).state() == SolveProgress.State.FINISHED);
            assertThat(solve.progress(week.termId()).elapsed()).isLessThan(Duration.ofSeconds(20));
            solve.discard(week.termId());
        }
    }

    @Test
    void a_solve_stopped_while_it_waits_for_the_solver_ends_at_once_and_frees_the_term() {
        // another solve holds the solver's one thread, so the office's solve is still queued when it is stopped
        var other = solve.solverManager().solveBuilder().withProblemId(-week.termId())
                .withProblem(planner.plan(week.termId(), week.monday()))
                .withConfigOverride(new SolverConfigOverride<WeekPlan>()
                        .withTerminationSpentLimit(Duration.ofSeconds(60)))
                .run();
        try {
            await().pollInSameThread().atMost(Duration.ofSeconds(10))
                    .until(() -> other.getSolverStatus() == SolverStatus.SOLVING_ACTIVE);
            solve.start(week.termId(), week.monday(), 120);
            solve.stop(week.termId());

            SolveProgress stopped = solve.progress(week.termId());
            assertThat(stopped.state()).isEqualTo(SolveProgress.State.FINISHED);
            assertThat(stopped.proposal()).as("nothing was solved, so nothing is proposed").isNull();
            assertThat(stopped.elapsed()).isLessThan(Duration.ofSeconds(10));
        } finally {
            other.terminateEarly();
        }
        // the term is not left "solving": a new solve starts and ends as usual
        assertThat(solved()).isNotNull();
    }

    @Test
    void bad_requests_get_a_clear_refusal_and_change_nothing() {
        assertThatThrownBy(() -> solve.start(-1, week.monday(), 5))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("solve.error.term");
        assertThatThrownBy(() -> solve.start(week.termId(), week.monday(), 0))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("solve.error.seconds");
        assertThatThrownBy(() -> solve.apply(week.termId()))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("solve.error.noProposal");
        // a week with nothing in it
        assertThatThrownBy(() -> solve.start(week.termId(), LocalDate.of(2040, 1, 2), 5))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("solve.error.nothing");
        assertThat(solve.progress(week.termId()).state()).isEqualTo(SolveProgress.State.IDLE);
    }

    @Test
    void the_demo_term_opens_on_its_week_of_sketched_drafts() {
        LocalDate monday = solve.firstWeek(week.termId());
        assertThat(monday).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(solve.week(week.termId(), monday))
                .filteredOn(s -> s.movable() && !s.published() && s.date().equals(monday))
                .hasSize(4)
                .allMatch(s -> s.startsAt().equals(java.time.LocalTime.of(9, 0)) && s.kind().equals("SEMINAR"));

        solve.start(week.termId(), monday, 10);
        await().pollInSameThread().atMost(Duration.ofSeconds(60))
                .until(() -> solve.progress(week.termId()).state() != SolveProgress.State.SOLVING);
        Proposal proposal = solve.progress(week.termId()).proposal();
        // one group in four places at once: at least three of the drafts must go elsewhere, all in that week
        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.moves()).filteredOn(m -> m.fromDate().equals(monday)).hasSizeGreaterThanOrEqualTo(3)
                .allMatch(m -> !m.toDate().isBefore(monday) && m.toDate().isBefore(monday.plusDays(7)));
    }

    @Test
    void only_the_office_may_solve() {
        SignIn.as(accounts, "teacher");
        assertThatThrownBy(() -> solve.start(week.termId(), week.monday(), 5))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> solve.progress(week.termId())).isInstanceOf(AccessDeniedException.class);
    }
}
