package org.cathedra.scheduling.solving;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The rules of a good week, as the conflict rules of the timetable plus preferences. Hard (1 each, per period
 * shared where two sessions overlap): teacher, room, group and student clashes, a room too small or lacking the
 * feature the session needs (1 per session), a teacher's unavailability (1 per period), a session running past the
 * last period (1 per period). Soft: 1 per empty period between two sessions of a group on a day, 1 per extra room
 * a group uses on a day, 3 per pair of sessions of one offering on the same day, and stability: 1 per draft and 5
 * per published session moved, so nothing moves without a reason. There is no record of teachers' preferences
 * (unavailability is always hard), so no preference constraint.
 */
public class WeekConstraints implements ConstraintProvider {

    static final int SAME_DAY = 3;
    static final int MOVED_DRAFT = 1;
    static final int MOVED_PUBLISHED = 5;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            teacherClash(factory), roomClash(factory), groupClash(factory), studentClash(factory),
            roomCapacity(factory), roomFeature(factory), teacherUnavailable(factory), pastLastPeriod(factory),
            groupGaps(factory), groupRoomChanges(factory), offeringSameDay(factory), stability(factory)
        };
    }

    private static ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream<Placement, Placement> overlappingPairs(
            ConstraintFactory f) {
        return f.forEachUniquePair(Placement.class, equal(p -> p.getSlot().day()),
                overlapping(Placement::first, Placement::end));
    }

    Constraint teacherClash(ConstraintFactory f) {
        return overlappingPairs(f).filter((a, b) -> shared(a.getTeacherIds(), b.getTeacherIds()) > 0)
                .penalize(HardSoftScore.ONE_HARD, (a, b) -> shared(a.getTeacherIds(), b.getTeacherIds()) * a.overlap(b))
                .asConstraint("Teacher clash");
    }

    Constraint roomClash(ConstraintFactory f) {
        return overlappingPairs(f).filter((a, b) -> a.getRoom().equals(b.getRoom()))
                .penalize(HardSoftScore.ONE_HARD, Placement::overlap).asConstraint("Room clash");
    }

    Constraint groupClash(ConstraintFactory f) {
        return overlappingPairs(f).filter((a, b) -> shared(a.getCohorts(), b.getCohorts()) > 0)
                .penalize(HardSoftScore.ONE_HARD, (a, b) -> shared(a.getCohorts(), b.getCohorts()) * a.overlap(b))
                .asConstraint("Group clash");
    }

    /** Students in both sessions through enrollment or another group; counted once per pair, as the editor does. */
    Constraint studentClash(ConstraintFactory f) {
        return overlappingPairs(f).filter((a, b) -> shared(a.getCohorts(), b.getCohorts()) == 0
                && shared(a.getStudents(), b.getStudents()) > 0)
                .penalize(HardSoftScore.ONE_HARD, Placement::overlap).asConstraint("Student clash");
    }

    Constraint roomCapacity(ConstraintFactory f) {
        return f.forEach(Placement.class).filter(p -> p.getStudents().size() > p.getRoom().capacity())
                .penalize(HardSoftScore.ONE_HARD).asConstraint("Room capacity");
    }

    Constraint roomFeature(ConstraintFactory f) {
        return f.forEach(Placement.class)
                .filter(p -> p.getRequiredFeature() != null && !p.getRoom().features().contains(p.getRequiredFeature()))
                .penalize(HardSoftScore.ONE_HARD).asConstraint("Room feature");
    }

    Constraint teacherUnavailable(ConstraintFactory f) {
        return f.forEach(Placement.class)
                .join(TeacherAway.class, equal(p -> p.getSlot().day(), TeacherAway::day),
                        filtering((p, away) -> away.period() >= p.first() && away.period() < p.end()
                                && p.getTeacherIds().contains(away.teacherId())))
                .penalize(HardSoftScore.ONE_HARD).asConstraint("Teacher unavailable");
    }

    Constraint pastLastPeriod(ConstraintFactory f) {
        return f.forEach(Placement.class).filter(p -> p.end() - 1 > p.getPeriodsPerDay())
                .penalize(HardSoftScore.ONE_HARD, p -> p.end() - 1 - p.getPeriodsPerDay())
                .asConstraint("Past the last period");
    }

    Constraint groupGaps(ConstraintFactory f) {
        return f.forEach(Cohort.class)
                .join(Placement.class, filtering((c, p) -> p.getCohorts().contains(c.name())))
                .groupBy((c, p) -> c, (c, p) -> p.getSlot().day(), toList((c, p) -> p))
                .filter((c, day, sessions) -> gaps(sessions) > 0)
                .penalize(HardSoftScore.ONE_SOFT, (c, day, sessions) -> gaps(sessions))
                .asConstraint("Group gaps");
    }

    Constraint groupRoomChanges(ConstraintFactory f) {
        return f.forEach(Cohort.class)
                .join(Placement.class, filtering((c, p) -> p.getCohorts().contains(c.name())))
                .groupBy((c, p) -> c, (c, p) -> p.getSlot().day(), countDistinct((c, p) -> p.getRoom()))
                .filter((c, day, rooms) -> rooms > 1)
                .penalize(HardSoftScore.ONE_SOFT, (c, day, rooms) -> rooms - 1)
                .asConstraint("Group room changes");
    }

    Constraint offeringSameDay(ConstraintFactory f) {
        return f.forEachUniquePair(Placement.class, equal(Placement::getOfferingId), equal(p -> p.getSlot().day()))
                .penalize(HardSoftScore.ofSoft(SAME_DAY)).asConstraint("Offering twice a day");
    }

    Constraint stability(ConstraintFactory f) {
        return f.forEach(Placement.class).filter(p -> !p.isPinned() && p.isMoved())
                .penalize(HardSoftScore.ONE_SOFT, p -> p.isPublished() ? MOVED_PUBLISHED : MOVED_DRAFT)
                .asConstraint("Stability");
    }

    /** Empty periods between the sessions of one day, overlaps counted as no gap. */
    static int gaps(List<Placement> day) {
        List<Placement> sorted = day.stream().sorted(Comparator.comparingInt(Placement::first)).toList();
        int gaps = 0;
        int reached = sorted.getFirst().end();
        for (Placement p : sorted.subList(1, sorted.size())) {
            gaps += Math.max(0, p.first() - reached);
            reached = Math.max(reached, p.end());
        }
        return gaps;
    }

    private static <T> int shared(Set<T> a, Set<T> b) {
        Set<T> small = a.size() <= b.size() ? a : b;
        Set<T> large = small == a ? b : a;
        int n = 0;
        for (T t : small) {
            if (large.contains(t)) {
                n++;
            }
        }
        return n;
    }
}
