package org.cathedra.scheduling.timetabling;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

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

    Constraint curriculumCompactness(ConstraintFactory f) {
        return f.forEach(ItcInstance.Curriculum.class)
                .join(Lecture.class, filtering((q, l) -> q.courseIds().contains(l.getCourseId())))
                .ifNotExists(Lecture.class, equal((q, l) -> l.getDay(), Lecture::getDay),
                        filtering((q, l, other) -> q.courseIds().contains(other.getCourseId())
                                && l.getSlot().adjacentTo(other.getSlot())))
                .penalize(HardSoftScore.ofSoft(2)).asConstraint("Curriculum compactness");
    }

    Constraint roomStability(ConstraintFactory f) {
        return f.forEach(Lecture.class)
                .groupBy(Lecture::getCourseId, countDistinct(Lecture::getRoom))
                .filter((course, rooms) -> rooms > 1)
                .penalize(HardSoftScore.ONE_SOFT, (course, rooms) -> rooms - 1)
                .asConstraint("Room stability");
    }
}
