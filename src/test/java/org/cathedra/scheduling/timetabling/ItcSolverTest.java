package org.cathedra.scheduling.timetabling;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ItcSolverTest {

    private static ItcInstance comp01() {
        return ItcFormat.parse(new InputStreamReader(ItcSolverTest.class.getResourceAsStream("/itc2007/comp01.ctt"),
                StandardCharsets.UTF_8));
    }

    @Test
    void the_solver_score_equals_the_competition_score_on_random_timetables() {
        ItcInstance instance = comp01();
        SolutionManager<ItcTimetable, HardSoftScore> scores = SolutionManager.create(SolverFactory.create(
                new SolverConfig().withSolutionClass(ItcTimetable.class).withEntityClasses(Lecture.class)
                        .withConstraintProviderClass(ItcConstraints.class)));
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            ItcTimetable t = ItcTimetable.of(instance);
            for (Lecture l : t.getLectures()) {
                l.setSlot(t.getSlots().get(random.nextInt(t.getSlots().size())));
                l.setRoom(t.getRooms().get(random.nextInt(t.getRooms().size())));
            }
            HardSoftScore solver = scores.update(t);
            ItcScore rules = ItcScore.of(instance, t.assignments());
            assertThat(-solver.hardScore()).as("hard, round %d", round).isEqualTo(rules.hard());
            assertThat(-solver.softScore()).as("soft, round %d", round).isEqualTo(rules.soft());
        }
    }

    @Test
    void every_neighbourhood_keeps_the_incremental_score_right_and_undoes_cleanly() {
        // FULL_ASSERT recomputes the score from scratch after every move and checks each undo restores it
        ItcInstance instance = comp01();
        SolverConfig config = ItcSolver.config(new ItcSolver.Search("late", 400, 1, "courseroom,kempe,rooms"),
                new TerminationConfig().withStepCountLimit(300)).withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        ItcTimetable best = SolverFactory.<ItcTimetable>create(config).buildSolver().solve(ItcTimetable.of(instance));
        ItcScore rules = ItcScore.of(instance, best.assignments());
        assertThat(-best.getScore().hardScore()).isEqualTo(rules.hard());
        assertThat(-best.getScore().softScore()).isEqualTo(rules.soft());
        assertThat(best.assignments()).hasSize(instance.lectureCount());
    }

    @Test
    void the_tiny_instance_is_solved_to_a_feasible_timetable() {
        ItcSolver.Result result = ItcSolver.solve(Tiny.instance(), Duration.ofSeconds(30), 1_000_000, s -> { });
        assertThat(result.score().feasible()).isTrue();
        assertThat(result.timetable().assignments()).hasSize(4);
        assertThat(result.timeToFeasible()).isPresent();
    }
}
