package org.cathedra.scheduling.timetabling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The competition's rules on the tiny instance, with every figure worked out by hand. */
class ItcScoreTest {

    private final ItcInstance tiny = Tiny.instance();

    @Test
    void a_solution_with_one_curriculum_clash_and_one_unavailable_period_is_scored_by_the_rules() {
        ItcScore score = ItcScore.of(tiny, List.of(
                new ItcAssignment("a", "R1", 0, 0),
                new ItcAssignment("a", "R1", 0, 1),
                new ItcAssignment("b", "R2", 0, 0),
                new ItcAssignment("c", "R2", 1, 2)));
        // a and b share curriculum q1 at day 0 period 0; c is unavailable at day 1 period 2
        assertThat(score.conflicts()).isEqualTo(1);
        assertThat(score.availability()).isEqualTo(1);
        assertThat(score.roomOccupancy()).isZero();
        assertThat(score.unplaced()).isZero();
        assertThat(score.hard()).isEqualTo(2);
        // c's 50 students in a 20-seat room; a taught on one day of the two it needs; q1 is compact
        assertThat(score.roomCapacity()).isEqualTo(30);
        assertThat(score.minWorkingDays()).isEqualTo(5);
        assertThat(score.curriculumCompactness()).isZero();
        assertThat(score.roomStability()).isZero();
        assertThat(score.soft()).isEqualTo(35);
    }

    @Test
    void a_feasible_solution_pays_only_soft_penalties() {
        ItcScore score = ItcScore.of(tiny, List.of(
                new ItcAssignment("a", "R1", 0, 0),
                new ItcAssignment("a", "R2", 1, 0),
                new ItcAssignment("b", "R2", 0, 2),
                new ItcAssignment("c", "R1", 1, 1)));
        assertThat(score.feasible()).isTrue();
        // a: 30 students in R2 (20 seats) = 10; c: 50 in R1 (40) = 10
        assertThat(score.roomCapacity()).isEqualTo(20);
        // a uses two rooms
        assertThat(score.roomStability()).isEqualTo(1);
        // q1 lectures: a(0,0), b(0,2), a(1,0): all three isolated
        assertThat(score.curriculumCompactness()).isEqualTo(6);
        assertThat(score.minWorkingDays()).isZero();
        assertThat(score.soft()).isEqualTo(27);
    }

    @Test
    void a_shared_teacher_a_shared_room_and_a_missing_lecture_are_hard_violations() {
        ItcScore score = ItcScore.of(tiny, List.of(
                new ItcAssignment("a", "R1", 0, 1),
                new ItcAssignment("c", "R1", 0, 1),
                new ItcAssignment("b", "R2", 1, 0)));
        assertThat(score.unplaced()).isEqualTo(1);
        assertThat(score.roomOccupancy()).isEqualTo(1);
        assertThat(score.conflicts()).isEqualTo(1);
        assertThat(score.hard()).isEqualTo(3);
    }
}
