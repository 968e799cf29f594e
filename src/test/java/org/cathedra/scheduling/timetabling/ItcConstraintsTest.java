package org.cathedra.scheduling.timetabling;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;

/** Each constraint stream on its own, with Timefold's constraint verifier. */
class ItcConstraintsTest {

    private static final ItcInstance.Course A = new ItcInstance.Course("a", "t1", 2, 2, 30);
    private static final ItcInstance.Course B = new ItcInstance.Course("b", "t2", 1, 1, 10);
    private static final ItcInstance.Room R1 = new ItcInstance.Room("R1", 40);
    private static final ItcInstance.Room R2 = new ItcInstance.Room("R2", 20);

    private final ConstraintVerifier<ItcConstraints, ItcTimetable> verifier =
            ConstraintVerifier.build(new ItcConstraints(), ItcTimetable.class, Lecture.class);

    private static Lecture lecture(String id, ItcInstance.Course course, int day, int period, ItcInstance.Room room) {
        Lecture l = new Lecture(id, course);
        l.setSlot(new Slot(day, period));
        l.setRoom(room);
        return l;
    }

    @Test
    void two_lectures_in_one_room_and_period_clash() {
        verifier.verifyThat(ItcConstraints::roomOccupancy)
                .given(lecture("a#0", A, 0, 0, R1), lecture("b#0", B, 0, 0, R1), lecture("a#1", A, 0, 1, R1))
                .penalizesBy(1);
    }

    @Test
    void a_course_cannot_hold_two_lectures_at_once() {
        verifier.verifyThat(ItcConstraints::sameCourse)
                .given(lecture("a#0", A, 0, 0, R1), lecture("a#1", A, 0, 0, R2)).penalizesBy(1);
    }

    @Test
    void curriculum_and_teacher_conflicts_weigh_as_much_as_they_share() {
        verifier.verifyThat(ItcConstraints::courseConflicts)
                .given(lecture("a#0", A, 0, 0, R1), lecture("b#0", B, 0, 0, R2),
                        new CourseConflict("a", "b", 2), new CourseConflict("b", "a", 2))
                .penalizesBy(2);
    }

    @Test
    void an_unavailable_period_is_a_hard_violation() {
        verifier.verifyThat(ItcConstraints::availability)
                .given(lecture("a#0", A, 1, 2, R1), new ItcInstance.Unavailability("a", 1, 2),
                        new ItcInstance.Unavailability("a", 0, 0))
                .penalizesBy(1);
    }

    @Test
    void students_without_a_seat_cost_one_each() {
        verifier.verifyThat(ItcConstraints::roomCapacity).given(lecture("a#0", A, 0, 0, R2)).penalizesBy(10);
    }

    @Test
    void a_missing_working_day_costs_five() {
        verifier.verifyThat(ItcConstraints::minimumWorkingDays)
                .given(lecture("a#0", A, 0, 0, R1), lecture("a#1", A, 0, 2, R1))
                // one missing day; the constraint's weight of 5 soft is applied on top of the match weight
                .penalizesBy(1);
    }

    @Test
    void an_isolated_curriculum_lecture_costs_two() {
        var qa = new CurriculumCourse("q1", "a");
        var qb = new CurriculumCourse("q1", "b");
        verifier.verifyThat(ItcConstraints::curriculumCompactness)
                .given(qa, qb, lecture("a#0", A, 0, 0, R1), lecture("b#0", B, 0, 1, R2), lecture("a#1", A, 1, 0, R1))
                // only a#1 is alone on its day; each such lecture weighs 2 soft
                .penalizesBy(1);
        // a gap between two lectures of the curriculum leaves both alone
        verifier.verifyThat(ItcConstraints::curriculumCompactness)
                .given(qa, qb, lecture("a#0", A, 0, 0, R1), lecture("b#0", B, 0, 2, R2))
                .penalizesBy(2);
    }

    @Test
    void every_extra_room_of_a_course_costs_one() {
        verifier.verifyThat(ItcConstraints::roomStability)
                .given(lecture("a#0", A, 0, 0, R1), lecture("a#1", A, 1, 0, R2)).penalizesBy(1);
    }
}
