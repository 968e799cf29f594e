package org.cathedra.scheduling.solving;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.DayOfWeek;
import java.util.Set;
import org.cathedra.scheduling.RoomFeature;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Each rule of the week's solve on a few hand-placed sessions, with the penalty it must give. */
class WeekConstraintsTest {

    private final ConstraintVerifier<WeekConstraints, WeekPlan> verifier =
            ConstraintVerifier.build(new WeekConstraints(), WeekPlan.class, Placement.class);

    private static final Venue SMALL = new Venue(1, "S", 10, Set.of());
    private static final Venue LAB = new Venue(2, "L", 30, Set.of(RoomFeature.MOLECULAR_LAB));
    private static final Venue HALL = new Venue(3, "H", 80, Set.of(RoomFeature.LECTURE_HALL));

    private long ids;

    private Placement at(long offering, DayOfWeek day, int period, int hours, Venue room, Set<Long> teachers,
            Set<String> cohorts, Set<Long> students, @Nullable RoomFeature needs) {
        return new Placement(++ids, 0, offering, "C" + offering, hours, 10, teachers, cohorts, students, needs, false,
                false, new Timeslot(day, period), room);
    }

    private Placement at(long offering, DayOfWeek day, int period, Venue room, long teacher, String cohort) {
        return at(offering, day, period, 2, room, Set.of(teacher), Set.of(cohort), Set.of(), null);
    }

    @Test
    void a_teacher_in_two_overlapping_sessions_is_penalized_per_shared_period() {
        verifier.verifyThat(WeekConstraints::teacherClash)
                .given(at(1, MONDAY, 1, HALL, 7, "G1"), at(2, MONDAY, 2, LAB, 7, "G2"),
                        at(3, MONDAY, 3, SMALL, 7, "G3"))
                // 1-2 vs 2-3 share period 2; 2-3 vs 3-4 share period 3; 1-2 vs 3-4 only touch
                .penalizesBy(2);
    }

    @Test
    void sessions_touching_end_to_start_or_on_other_days_do_not_clash() {
        verifier.verifyThat(WeekConstraints::teacherClash)
                .given(at(1, MONDAY, 1, HALL, 7, "G1"), at(2, MONDAY, 3, HALL, 7, "G1"),
                        at(3, TUESDAY, 1, HALL, 7, "G1"))
                .penalizesBy(0);
    }

    @Test
    void one_room_holds_one_session_at_a_time() {
        verifier.verifyThat(WeekConstraints::roomClash)
                .given(at(1, MONDAY, 1, HALL, 7, "G1"), at(2, MONDAY, 1, HALL, 8, "G2"),
                        at(3, MONDAY, 1, LAB, 9, "G3"))
                .penalizesBy(2);
    }

    @Test
    void a_group_is_in_one_session_at_a_time() {
        verifier.verifyThat(WeekConstraints::groupClash)
                .given(at(1, MONDAY, 1, HALL, 7, "G1"), at(2, MONDAY, 2, LAB, 8, "G1"),
                        at(3, MONDAY, 1, SMALL, 9, "G2"))
                .penalizesBy(1);
    }

    @Test
    void an_enrolled_student_in_two_sessions_of_different_groups_clashes_once_per_pair() {
        verifier.verifyThat(WeekConstraints::studentClash)
                .given(at(1, MONDAY, 1, 2, HALL, Set.of(7L), Set.of("G1"), Set.of(100L, 101L), null),
                        at(2, MONDAY, 1, 2, LAB, Set.of(8L), Set.of("G2"), Set.of(100L, 101L), null),
                        at(3, MONDAY, 1, 2, SMALL, Set.of(9L), Set.of("G1"), Set.of(100L), null))
                // 1 and 3 share group G1 (the group clash counts it); 1-2 and 2-3 share students: 2 periods each
                .penalizesBy(4);
    }

    @Test
    void a_room_too_small_for_the_attendees_is_penalized() {
        verifier.verifyThat(WeekConstraints::roomCapacity)
                .given(at(1, MONDAY, 1, 2, SMALL, Set.of(7L), Set.of("G1"), Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L,
                        9L, 10L, 11L), null), at(2, MONDAY, 1, 2, LAB, Set.of(7L), Set.of("G1"), Set.of(1L), null))
                .penalizesBy(1);
    }

    @Test
    void a_session_needing_a_feature_goes_only_where_the_feature_is() {
        verifier.verifyThat(WeekConstraints::roomFeature)
                .given(at(1, MONDAY, 1, 2, HALL, Set.of(7L), Set.of("G1"), Set.of(), RoomFeature.MOLECULAR_LAB),
                        at(2, MONDAY, 3, 2, LAB, Set.of(7L), Set.of("G1"), Set.of(), RoomFeature.MOLECULAR_LAB))
                .penalizesBy(1);
    }

    @Test
    void a_teacher_away_is_penalized_per_period_taught_while_away() {
        verifier.verifyThat(WeekConstraints::teacherUnavailable)
                .given(at(1, MONDAY, 1, HALL, 7, "G1"), at(2, TUESDAY, 1, HALL, 8, "G1"),
                        new TeacherAway(7, MONDAY, 2), new TeacherAway(7, MONDAY, 3), new TeacherAway(8, MONDAY, 1))
                .penalizesBy(1);
    }

    @Test
    void a_session_may_not_run_past_the_last_period() {
        verifier.verifyThat(WeekConstraints::pastLastPeriod)
                .given(at(1, MONDAY, 10, HALL, 7, "G1"), at(2, MONDAY, 9, HALL, 7, "G1"))
                .penalizesBy(1);
    }

    @Test
    void empty_periods_between_a_groups_sessions_of_a_day_are_counted() {
        verifier.verifyThat(WeekConstraints::groupGaps)
                .given(new Cohort("G1"), new Cohort("G2"), at(1, MONDAY, 1, HALL, 7, "G1"),
                        at(2, MONDAY, 5, LAB, 8, "G1"), at(3, MONDAY, 9, LAB, 8, "G2"), at(4, TUESDAY, 7, LAB, 8,
                                "G1"))
                // G1 on Monday: periods 1-2, then 5-6: 3 and 4 empty; G2 and Tuesday have one session each
                .penalizesBy(2);
    }

    @Test
    void each_extra_room_a_group_uses_in_a_day_is_counted() {
        verifier.verifyThat(WeekConstraints::groupRoomChanges)
                .given(new Cohort("G1"), at(1, MONDAY, 1, HALL, 7, "G1"), at(2, MONDAY, 3, LAB, 8, "G1"),
                        at(3, MONDAY, 5, SMALL, 8, "G1"), at(4, MONDAY, 7, SMALL, 8, "G1"),
                        at(5, TUESDAY, 1, HALL, 8, "G1"))
                .penalizesBy(2);
    }

    @Test
    void two_sessions_of_one_offering_on_one_day_are_spread_apart() {
        verifier.verifyThat(WeekConstraints::offeringSameDay)
                .given(at(1, MONDAY, 1, HALL, 7, "G1"), at(1, MONDAY, 5, HALL, 7, "G1"),
                        at(1, TUESDAY, 1, HALL, 7, "G1"), at(2, MONDAY, 3, HALL, 7, "G1"))
                // one pair (the constraint weighs each pair 3 soft)
                .penalizesBy(1);
    }

    @Test
    void moving_a_published_session_costs_more_than_moving_a_draft() {
        Placement draft = at(1, MONDAY, 1, HALL, 7, "G1");
        draft.setSlot(new Timeslot(TUESDAY, 1));
        Placement published = new Placement(++ids, 0, 2, "C2", 2, 10, Set.of(8L), Set.of("G2"), Set.of(), null, true,
                false, new Timeslot(MONDAY, 1), HALL);
        published.setRoom(LAB);
        Placement untouched = at(3, MONDAY, 3, HALL, 9, "G3");
        verifier.verifyThat(WeekConstraints::stability).given(draft, published, untouched)
                .penalizesBy(WeekConstraints.MOVED_DRAFT + WeekConstraints.MOVED_PUBLISHED);
    }

    @Test
    void a_compact_week_scores_zero_and_the_weights_add_up() {
        verifier.verifyThat()
                .given(new Cohort("G1"), at(1, MONDAY, 1, HALL, 7, "G1"), at(2, MONDAY, 3, HALL, 8, "G1"),
                        at(3, TUESDAY, 1, LAB, 7, "G1"))
                .scores(HardSoftScore.ZERO);
        // the same offering twice on Monday (3), in two rooms (1), with periods 3-4 empty between (2)
        verifier.verifyThat()
                .given(new Cohort("G1"), at(1, MONDAY, 1, HALL, 7, "G1"), at(1, MONDAY, 5, LAB, 7, "G1"))
                .scores(HardSoftScore.ofSoft(-(WeekConstraints.SAME_DAY + 1 + 2)));
    }
}
