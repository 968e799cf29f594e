package org.cathedra.scheduling.timetabling;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import java.util.List;

/** The ITC-2007 track 3 rules as Timefold constraint streams; {@link ItcScore} computes the same by hand. */
public class ItcConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            roomOccupancy(factory), sameCourse(factory), courseConflicts(factory), availability(factory),
            roomCapacity(factory), minimumWorkingDays(factory), curriculumCompactness(factory),
            roomStability(factory)
        };
    }

    Constraint roomOccupancy(ConstraintFactory f) {
        return f.forEachUniquePair(Lecture.class, equal(Lecture::getSlot), equal(Lecture::getRoom))
                .penalize(HardSoftScore.ONE_HARD).asConstraint("Room occupancy");
    }

    Constraint sameCourse(ConstraintFactory f) {
        return f.forEachUniquePair(Lecture.class, equal(Lecture::getSlot), equal(Lecture::getCourseId))
                .penalize(HardSoftScore.ONE_HARD).asConstraint("Lectures of a course in one period");
    }

    Constraint courseConflicts(ConstraintFactory f) {
        return f.forEachUniquePair(Lecture.class, equal(Lecture::getSlot))
                .join(CourseConflict.class, equal((a, b) -> a.getCourseId(), CourseConflict::left),
                        equal((a, b) -> b.getCourseId(), CourseConflict::right))
                .penalize(HardSoftScore.ONE_HARD, (a, b, conflict) -> conflict.weight())
                .asConstraint("Teacher and curriculum conflicts");
    }

    Constraint availability(ConstraintFactory f) {
        return f.forEach(Lecture.class)
                .join(ItcInstance.Unavailability.class, equal(Lecture::getCourseId, ItcInstance.Unavailability::courseId),
                        equal(l -> l.getSlot().day(), ItcInstance.Unavailability::day),
                        equal(l -> l.getSlot().period(), ItcInstance.Unavailability::period))
                .penalize(HardSoftScore.ONE_HARD).asConstraint("Availability");
    }

    Constraint roomCapacity(ConstraintFactory f) {
        return f.forEach(Lecture.class)
                .filter(l -> l.getCourse().students() > l.getRoom().capacity())
                .penalize(HardSoftScore.ONE_SOFT, l -> l.getCourse().students() - l.getRoom().capacity())
                .asConstraint("Room capacity");
    }

    Constraint minimumWorkingDays(ConstraintFactory f) {
        return f.forEach(Lecture.class)
                .groupBy(Lecture::getCourse, countDistinct(Lecture::getDay))
                .filter((course, days) -> days < course.minWorkingDays())
                .penalize(HardSoftScore.ofSoft(5), (course, days) -> course.minWorkingDays() - days)
                .asConstraint("Minimum working days");
    }

    // the lectures of each curriculum are grouped by day, and each lecture with no lecture of the same curriculum
    // in the period before or after it counts; indexed on the course id, so a move re-counts one day of the
    // curricula of the lecture it moves instead of scanning every curriculum against every lecture
    Constraint curriculumCompactness(ConstraintFactory f) {
        return f.forEach(CurriculumCourse.class)
                .join(Lecture.class, equal(CurriculumCourse::courseId, Lecture::getCourseId))
                .groupBy((q, l) -> q.curriculumId(), (q, l) -> l.getDay(),
                        ConstraintCollectors.toList((q, l) -> l.getSlot().period()))
                .filter((q, day, periods) -> isolated(periods) > 0)
                .penalize(HardSoftScore.ofSoft(2), (q, day, periods) -> isolated(periods))
                .asConstraint("Curriculum compactness");
    }

    /** How many of the periods (one per lecture, repeats allowed) have no neighbour in the list. */
    static int isolated(List<Integer> periods) {
        int isolated = 0;
        for (int p : periods) {
            if (!periods.contains(p - 1) && !periods.contains(p + 1)) {
                isolated++;
            }
        }
        return isolated;
    }

    Constraint roomStability(ConstraintFactory f) {
        return f.forEach(Lecture.class)
                .groupBy(Lecture::getCourseId, countDistinct(Lecture::getRoom))
                .filter((course, rooms) -> rooms > 1)
                .penalize(HardSoftScore.ONE_SOFT, (course, rooms) -> rooms - 1)
                .asConstraint("Room stability");
    }
}
