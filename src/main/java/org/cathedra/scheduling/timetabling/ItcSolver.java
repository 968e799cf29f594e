package org.cathedra.scheduling.timetabling;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Solves ITC-2007 instances with Timefold for a set time and reports when the first feasible solution came. */
public final class ItcSolver {

    private ItcSolver() {
    }

    /** What a solve produced: the best timetable, its competition score, and the time to the first feasible one. */
    public record Result(ItcTimetable timetable, ItcScore score, @Nullable Duration firstFeasible, Duration spent,
            long movesPerSecond) {

        public Optional<Duration> timeToFeasible() {
            return Optional.ofNullable(firstFeasible);
        }
    }

    /**
     * Timefold's change of a lecture's period ("slot") or room ("room"), swap of two lectures whole ("swap"), swap
     * of only their periods ("swapslot": each keeps its room) and of only their rooms within one period
     * ("swaproom"); {@code extra} adds "courseroom" ({@link CourseRoomMoves}: a course's lectures into one room),
     * "kempe" ({@link KempeMoves}: Kempe chains between two periods) and "rooms" ({@link RoomMoves}: a lecture
     * into a free room of its period or trading rooms with the one there). Each is picked with a weight, 1 unless
     * {@code extra} says otherwise ("kempe*3", "room*0" leaves it out).
     */
    private static MoveSelectorConfig<?> moves(String extra) {
        List<MoveSelectorConfig> selectors = new ArrayList<>(List.of(
                new ChangeMoveSelectorConfig().withValueSelectorConfig(new ValueSelectorConfig("slot"))
                        .withFixedProbabilityWeight(weight(extra, "slot", 1)),
                new ChangeMoveSelectorConfig().withValueSelectorConfig(new ValueSelectorConfig("room"))
                        .withFixedProbabilityWeight(weight(extra, "room", 1)),
                new SwapMoveSelectorConfig().withFixedProbabilityWeight(weight(extra, "swap", 1)),
                new SwapMoveSelectorConfig().withVariableNameIncludes("slot")
                        .withFixedProbabilityWeight(weight(extra, "swapslot", 1)),
                new SwapMoveSelectorConfig().withVariableNameIncludes("room").withFilterClass(SamePeriod.class)
                        .withFixedProbabilityWeight(weight(extra, "swaproom", 1))));
        if (extra.contains("courseroom")) {
            selectors.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(CourseRoomMoves.class)
                    .withFixedProbabilityWeight(weight(extra, "courseroom", 1)));
        }
        if (extra.contains("kempe")) {
            selectors.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(KempeMoves.class)
                    .withFixedProbabilityWeight(weight(extra, "kempe", 1)));
        }
        if (extra.contains("rooms")) {
            selectors.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RoomMoves.class)
                    .withFixedProbabilityWeight(weight(extra, "rooms", 1)));
        }
        selectors.removeIf(c -> c.getFixedProbabilityWeight() <= 0);
        return new UnionMoveSelectorConfig().withMoveSelectorList(selectors);
    }

    /** The weight {@code extra} gives neighbourhood {@code name} ("kempe*3"), or {@code otherwise}. */
    private static double weight(String extra, String name, double otherwise) {
        for (String part : extra.split(",")) {
            String[] w = part.split("\\*");
            if (w.length == 2 && w[0].equals(name)) {
                return Double.parseDouble(w[1]);
            }
        }
        return otherwise;
    }

    /** Lets two lectures trade rooms only within one period, where the trade can never make a room clash. */
    public static final class SamePeriod implements SelectionFilter<ItcTimetable, SwapMove<ItcTimetable>> {

        @Override
        public boolean accept(ScoreDirector<ItcTimetable> scoreDirector, SwapMove<ItcTimetable> move) {
            return Objects.equals(((Lecture) move.getLeftEntity()).getSlot(),
                    ((Lecture) move.getRightEntity()).getSlot());
        }
    }

    /**
     * How the local search accepts moves: {@code acceptor} is "sa" (simulated annealing from a temperature of
     * {@code size} soft points, falling in step with the time left; never a hard violation more), "late" (late
     * acceptance over {@code size} steps) or "tabu" (entity tabu of {@code size} lectures); the forager takes the
     * best of {@code acceptedCount} accepted moves; {@code moves} names the extra neighbourhoods and the weights
     * (see {@link #moves}).
     */
    public record Search(String acceptor, int size, int acceptedCount, String moves) {

        /**
         * Simulated annealing from 2 soft points taking the first accepted move, Kempe chains three times as often
         * as the swap of two lectures, room moves within a period instead of Timefold's change and swap of rooms,
         * and few plain changes or swaps of periods (in a nearly full timetable they mostly land in a taken room).
         */
        public static final Search DEFAULT = new Search("sa", 2, 1,
                "courseroom,kempe*3,rooms*2,slot*0.3,swapslot*0.3,room*0,swaproom*0");

        LocalSearchPhaseConfig phase() {
            LocalSearchAcceptorConfig acceptorConfig = new LocalSearchAcceptorConfig();
            switch (acceptor) {
                case "late" -> acceptorConfig.setLateAcceptanceSize(size);
                case "tabu" -> acceptorConfig.setEntityTabuSize(size);
                case "sa" -> acceptorConfig.setSimulatedAnnealingStartingTemperature("0hard/" + size + "soft");
                default -> throw new IllegalArgumentException("unknown acceptor " + acceptor);
            }
            return new LocalSearchPhaseConfig().withMoveSelectorConfig(ItcSolver.moves(moves))
                    .withAcceptorConfig(acceptorConfig)
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(acceptedCount));
        }
    }

    /**
     * Until the first feasible timetable: late acceptance over a short history, accepting the first move it takes,
     * so that the hard score falls quickly before the longer search on the soft score begins. Every neighbourhood
     * of the search is used, each as often as the others: plain changes of period and room, which the search
     * itself picks rarely, are what repairs clashes.
     */
    private static LocalSearchPhaseConfig feasibility(Search search) {
        String unweighted = search.moves().replaceAll("\\*[0-9.]+", "");
        return new LocalSearchPhaseConfig().withMoveSelectorConfig(moves(unweighted))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                .withTerminationConfig(new TerminationConfig().withBestScoreFeasible(true));
    }

    static SolverConfig config(Search search, TerminationConfig termination) {
        return new SolverConfig().withSolutionClass(ItcTimetable.class)
                .withEntityClasses(Lecture.class).withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withIncrementalScoreCalculatorClass(ItcIncrementalScore.class))
                .withTerminationConfig(termination)
                .withPhases(new ConstructionHeuristicPhaseConfig(), feasibility(search), search.phase());
    }

    public static Result solve(ItcInstance instance, Duration limit, @Nullable Integer stopAtSoft,
            Consumer<HardSoftScore> progress) {
        return solve(instance, limit, stopAtSoft, Search.DEFAULT, progress);
    }

    /**
     * Solves for {@code limit}; stops early at {@code stopAtSoft} or better once feasible (null: never early).
     * {@code progress} sees every new best score.
     */
    public static Result solve(ItcInstance instance, Duration limit, @Nullable Integer stopAtSoft, Search search,
            Consumer<HardSoftScore> progress) {
        return solve(instance, limit, stopAtSoft, search, null, progress);
    }

    /** As above, with the solver's random seed ({@code null}: Timefold's default, the same on every run). */
    public static Result solve(ItcInstance instance, Duration limit, @Nullable Integer stopAtSoft, Search search,
            @Nullable Long seed, Consumer<HardSoftScore> progress) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(limit);
        if (stopAtSoft != null) {
            termination.setBestScoreLimit("0hard/" + (-stopAtSoft) + "soft");
        }
        SolverConfig config = config(search, termination);
        if (seed != null) {
            config.setRandomSeed(seed);
        }
        Solver<ItcTimetable> solver = SolverFactory.<ItcTimetable>create(config).buildSolver();
        long start = System.nanoTime();
        AtomicLong feasibleAt = new AtomicLong(-1);
        solver.addEventListener(event -> {
            HardSoftScore score = (HardSoftScore) event.getNewBestScore();
            if (score.hardScore() == 0 && score.isSolutionInitialized()) {
                feasibleAt.compareAndSet(-1, System.nanoTime() - start);
            }
            progress.accept(score);
        });
        ItcTimetable best = solver.solve(ItcTimetable.of(instance));
        Duration spent = Duration.ofNanos(System.nanoTime() - start);
        ItcScore score = ItcScore.of(instance, best.assignments());
        if (score.feasible() && feasibleAt.get() < 0) {
            // feasible from the construction heuristic on: the first best solution already was
            feasibleAt.set(spent.toNanos());
        }
        long speed = ((DefaultSolver<ItcTimetable>) solver).getSolverScope().getMoveEvaluationSpeed();
        return new Result(best, score, feasibleAt.get() < 0 ? null : Duration.ofNanos(feasibleAt.get()), spent,
                speed);
    }
}
