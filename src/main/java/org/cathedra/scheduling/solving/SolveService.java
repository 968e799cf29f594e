package org.cathedra.scheduling.solving;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.catalog.Term;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.CurrentUser;
import org.cathedra.scheduling.PeriodGrid;
import org.cathedra.scheduling.SessionMove;
import org.cathedra.scheduling.TimetableService;
import org.cathedra.scheduling.TimetableSession;
import org.cathedra.scheduling.internal.Participants;
import org.cathedra.shared.AuditedChange;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's "Solve": places the movable sessions of a term's week with Timefold in the background (one solve
 * per term at a time, one solver thread for the whole application), shows its progress, and keeps the result as a
 * proposal to apply through the timetable (versions checked, conflicts re-checked) or to discard.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional(readOnly = true)
public class SolveService {

    /** The shortest and the longest time an administrator may give a solve, in seconds. */
    public static final int MIN_SECONDS = 1;
    public static final int MAX_SECONDS = 600;

    private static final Logger LOG = LoggerFactory.getLogger(SolveService.class);

    private final WeekPlanner planner;
    private final TimetableService timetable;
    private final Participants people;
    private final PeriodGrid grid;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SolverManager<WeekPlan, Long> solver;
    private final Map<Long, Run> runs = new ConcurrentHashMap<>();

    SolveService(WeekPlanner planner, TimetableService timetable, Participants people, PeriodGrid grid,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.planner = planner;
        this.timetable = timetable;
        this.people = people;
        this.grid = grid;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        SolverConfig config = new SolverConfig().withSolutionClass(WeekPlan.class)
                .withEntityClasses(Placement.class).withConstraintProviderClass(WeekConstraints.class)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(MAX_SECONDS)));
        this.solver = SolverManager.create(SolverFactory.create(config),
                new SolverManagerConfig().withParallelSolverCount("1"));
    }

    /** The solver the office's solves queue on (one at a time), for tests of this package. */
    SolverManager<WeekPlan, Long> solverManager() {
        return solver;
    }

    @PreDestroy
    void close() {
        solver.close();
    }

    /** The terms of the active offerings, latest first. */
    public List<Term> terms() {
        Map<Long, Term> terms = new LinkedHashMap<>();
        for (CourseOffering o : people.activeOfferings()) {
            terms.putIfAbsent(o.getTerm().getId(), o.getTerm());
        }
        return List.copyOf(terms.values());
    }

    /** The Monday of the first week of the term that has a session the solver may move, or of the term's start. */
    public LocalDate firstWeek(long termId) {
        Term term = term(termId);
        Set<Long> offerings = planner.offeringsOf(termId);
        for (LocalDate monday = term.getStartsOn().with(DayOfWeek.MONDAY); !monday.isAfter(term.getEndsOn());
                monday = monday.plusWeeks(1)) {
            if (planner.sessions(monday).stream().anyMatch(s -> WeekPlanner.movable(s, offerings)
                    && !s.isPublished())) {
                return monday;
            }
        }
        return term.getStartsOn().with(DayOfWeek.MONDAY);
    }

    /** The sessions of the week of {@code monday}, marked by whether the solve of the term may move them. */
    public List<WeekSession> week(long termId, LocalDate monday) {
        term(termId);
        Set<Long> offerings = planner.offeringsOf(termId);
        WeekPlan plan = planner.plan(termId, monday.with(DayOfWeek.MONDAY));
        Map<Long, Placement> bySession = new java.util.HashMap<>();
        plan.getPlacements().forEach(p -> bySession.put(p.getSessionId(), p));
        List<WeekSession> rows = new ArrayList<>();
        for (TimetableSession s : planner.sessions(monday.with(DayOfWeek.MONDAY))) {
            rows.add(new WeekSession(s.getId(), s.getVersion(), bySession.get(s.getId()).getLabel(), s.getKind().name(),
                    s.getDate(), s.getStartsAt(), s.getEndsAt(), bySession.get(s.getId()).getOriginalRoom().code(),
                    offerings.contains(s.getOfferingId()), s.isPublished(), s.isPinned(),
                    WeekPlanner.movable(s, offerings)));
        }
        return rows;
    }

    /** Pins a session so that no solve moves it, or unpins it. */
    @Transactional
    public void pin(long sessionId, long version, boolean pinned) {
        timetable.pin(sessionId, version, pinned);
    }

    /** Starts solving the term's week of {@code monday} for at most {@code seconds}; the result becomes a proposal. */
    @Transactional
    public void start(long termId, LocalDate monday, int seconds) {
        term(termId);
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw new DomainException("solve.error.seconds", MIN_SECONDS, MAX_SECONDS);
        }
        Run current = runs.get(termId);
        if (current != null && current.state == SolveProgress.State.SOLVING) {
            throw new DomainException("solve.error.running");
        }
        LocalDate week = monday.with(DayOfWeek.MONDAY);
        WeekPlan plan = planner.plan(termId, week);
        if (plan.getPlacements().stream().allMatch(Placement::isPinned)) {
            throw new DomainException("solve.error.nothing");
        }
        Run run = new Run(termId, week, System.nanoTime());
        runs.put(termId, run);
        solver.solveBuilder().withProblemId(termId).withProblem(plan)
                .withConfigOverride(new SolverConfigOverride<WeekPlan>()
                        .withTerminationSpentLimit(Duration.ofSeconds(seconds)))
                .withSolverJobStartedConsumer(started -> run.started = true)
                .withBestSolutionConsumer(best -> run.best = best.getScore())
                .withFinalBestSolutionConsumer(run::finish)
                .withExceptionHandler((id, e) -> run.fail(e))
                .run();
        audit(termId, "solve.started", null, "week " + week + ", " + seconds + " s, "
                + plan.getPlacements().stream().filter(p -> !p.isPinned()).count() + " movable sessions");
    }

    /** The state of the term's solve: score and time while it runs, the proposal when it has ended. */
    public SolveProgress progress(long termId) {
        Run run = runs.get(termId);
        return run == null ? SolveProgress.idle() : run.progress();
    }

    /** Stops the term's solve early; the best found so far becomes the proposal. */
    @Transactional
    public void stop(long termId) {
        Run run = runs.get(termId);
        if (run != null && run.state == SolveProgress.State.SOLVING) {
            solver.terminateEarly(termId);
            run.endIfNeverStarted();
            audit(termId, "solve.stopped", null, null);
        }
    }

    /**
     * Applies the term's proposal in one transaction: refused, with nothing changed, if a session it moves was
     * edited or pinned since, or if the moves would now make a hard conflict. Returns how many sessions moved.
     */
    @Transactional
    public int apply(long termId) {
        Run run = runs.get(termId);
        Proposal proposal = run == null ? null : run.proposal;
        if (proposal == null) {
            throw new DomainException("solve.error.noProposal");
        }
        List<SessionMove> moves = proposal.moves().stream().map(m -> new SessionMove(m.sessionId(), m.version(),
                m.toDate(), m.toPeriod(), m.toRoomId())).toList();
        int moved = timetable.move(moves, "solve of week " + proposal.monday());
        runs.remove(termId, run);
        audit(termId, "solve.applied", null, "week " + proposal.monday() + ", " + moved + " sessions moved, score "
                + proposal.hard() + "hard/" + proposal.soft() + "soft");
        return moved;
    }

    /** Forgets the term's proposal (stopping its solve if it still runs). */
    @Transactional
    public void discard(long termId) {
        Run run = runs.remove(termId);
        if (run != null) {
            if (run.state == SolveProgress.State.SOLVING) {
                solver.terminateEarly(termId);
            }
            audit(termId, "solve.discarded", null, run.proposal == null ? null : run.proposal.moves().size()
                    + " proposed moves");
        }
    }

    private Term term(long termId) {
        return terms().stream().filter(t -> t.getId() == termId).findFirst()
                .orElseThrow(() -> new DomainException("solve.error.term"));
    }

    private void audit(long termId, String action, @Nullable String before, @Nullable String after) {
        events.publishEvent(new AuditedChange("timetable_term", String.valueOf(termId), action,
                currentUser.get().map(CathedraUser::username).orElse(null), before, after, null, clock.instant()));
    }

    /** A session of the week and whether the solve may move it. */
    public record WeekSession(long id, long version, String label, String kind, LocalDate date, LocalTime startsAt,
            LocalTime endsAt, String room, boolean ofTerm, boolean published, boolean pinned, boolean movable) {
    }

    /** One solve, written by the solver's thread and read by the views'. */
    private final class Run {
        private final long termId;
        private final LocalDate monday;
        private final long startedNanos;
        private volatile SolveProgress.State state = SolveProgress.State.SOLVING;
        private volatile @Nullable HardSoftScore best;
        private volatile long endedNanos;
        private volatile @Nullable Proposal proposal;
        /** Timefold began solving it (its start is told to its consumer before the solve can end). */
        private volatile boolean started;

        Run(long termId, LocalDate monday, long startedNanos) {
            this.termId = termId;
            this.monday = monday;
            this.startedNanos = startedNanos;
        }

        void finish(WeekPlan plan) {
            HardSoftScore score = plan.getScore();
            best = score;
            List<Proposal.Move> moves = plan.getPlacements().stream().filter(p -> !p.isPinned() && p.isMoved())
                    .sorted(Comparator.comparing(Placement::getLabel).thenComparing(Placement::getSessionId))
                    .map(this::move).toList();
            proposal = new Proposal(termId, monday, score == null ? 0 : score.hardScore(),
                    score == null ? 0 : score.softScore(), moves, clock.instant());
            endedNanos = System.nanoTime();
            state = SolveProgress.State.FINISHED;
        }

        /**
         * Called once a stop has returned. A solve stopped while it still waited for the solver's thread (another
         * term's solve had it) is cancelled by Timefold before it begins, and none of its consumers is ever called:
         * it ends here, with nothing to propose, instead of showing "solving" for good and refusing a new start.
         * A solve that had begun has ended by now, and its start has been told (Timefold returns from the stop only
         * then): it ends through its final best solution, as ever.
         */
        void endIfNeverStarted() {
            if (!started && state == SolveProgress.State.SOLVING) {
                LOG.info("The solve of term {} was stopped before it began", termId);
                endedNanos = System.nanoTime();
                state = SolveProgress.State.FINISHED;
            }
        }

        void fail(Throwable e) {
            LOG.error("Solving the timetable of term {} failed", termId, e);
            endedNanos = System.nanoTime();
            state = SolveProgress.State.FAILED;
        }

        private Proposal.Move move(Placement p) {
            Timeslot from = p.getOriginalSlot();
            Timeslot to = p.getSlot();
            Venue room = p.getRoom();
            return new Proposal.Move(p.getSessionId(), p.getVersion(), p.getLabel(), date(from), grid.start(
                    from.period()), p.getOriginalRoom().code(), date(to), to.period(), grid.start(to.period()),
                    room.id(), room.code());
        }

        private LocalDate date(Timeslot slot) {
            return monday.plusDays(slot.day().getValue() - 1L);
        }

        SolveProgress progress() {
            HardSoftScore score = best;
            long end = state == SolveProgress.State.SOLVING ? System.nanoTime() : endedNanos;
            return new SolveProgress(state, score == null ? null : (long) score.hardScore(),
                    score == null ? null : (long) score.softScore(), Duration.ofNanos(end - startedNanos), proposal);
        }
    }
}
