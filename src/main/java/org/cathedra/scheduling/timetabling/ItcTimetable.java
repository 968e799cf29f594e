package org.cathedra.scheduling.timetabling;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The solver's view of an ITC-2007 instance: the facts, the lectures to place, and the score. */
@PlanningSolution
public class ItcTimetable {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Slot> slots = new ArrayList<>();

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<ItcInstance.Room> rooms = new ArrayList<>();

    @ProblemFactCollectionProperty
    private List<ItcInstance.Curriculum> curricula = new ArrayList<>();

    @ProblemFactCollectionProperty
    private List<CurriculumCourse> curriculumCourses = new ArrayList<>();

    @ProblemFactCollectionProperty
    private List<ItcInstance.Unavailability> unavailabilities = new ArrayList<>();

    @ProblemFactCollectionProperty
    private List<CourseConflict> conflicts = new ArrayList<>();

    @PlanningEntityCollectionProperty
    private List<Lecture> lectures = new ArrayList<>();

    @PlanningScore
    private @Nullable HardSoftScore score;

    public ItcTimetable() {
        // for the solver's cloning
    }

    /** The unsolved problem of {@code instance}: one lecture entity per weekly lecture of every course. */
    public static ItcTimetable of(ItcInstance instance) {
        ItcTimetable t = new ItcTimetable();
        for (int d = 0; d < instance.days(); d++) {
            for (int p = 0; p < instance.periodsPerDay(); p++) {
                t.slots.add(new Slot(d, p));
            }
        }
        t.rooms.addAll(instance.rooms());
        t.curricula.addAll(instance.curricula());
        for (ItcInstance.Curriculum q : instance.curricula()) {
            q.courseIds().stream().sorted().forEach(c -> t.curriculumCourses.add(new CurriculumCourse(q.id(), c)));
        }
        t.unavailabilities.addAll(instance.unavailabilities());
        List<ItcInstance.Course> courses = instance.courses();
        for (int i = 0; i < courses.size(); i++) {
            for (int j = 0; j < courses.size(); j++) {
                if (i == j) {
                    continue;
                }
                ItcInstance.Course a = courses.get(i);
                ItcInstance.Course b = courses.get(j);
                int weight = a.teacher().equals(b.teacher()) ? 1 : 0;
                for (ItcInstance.Curriculum q : instance.curricula()) {
                    if (q.courseIds().contains(a.id()) && q.courseIds().contains(b.id())) {
                        weight++;
                    }
                }
                if (weight > 0) {
                    t.conflicts.add(new CourseConflict(a.id(), b.id(), weight));
                }
            }
        }
        for (ItcInstance.Course c : courses) {
            for (int n = 0; n < c.lectures(); n++) {
                t.lectures.add(new Lecture(c.id() + "#" + n, c));
            }
        }
        return t;
    }

    /** The placed lectures in the competition's solution format (unplaced ones are left out). */
    public List<ItcAssignment> assignments() {
        List<ItcAssignment> out = new ArrayList<>();
        for (Lecture l : lectures) {
            if (l.getSlot() != null && l.getRoom() != null) {
                out.add(new ItcAssignment(l.getCourseId(), l.getRoom().id(), l.getSlot().day(), l.getSlot().period()));
            }
        }
        return out;
    }

    /** Places lectures as a given solution says (lecture by lecture, in the order of the course's lectures). */
    public ItcTimetable place(List<ItcAssignment> solution) {
        Map<String, Integer> next = new HashMap<>();
        Map<String, ItcInstance.Room> roomsById = new HashMap<>();
        rooms.forEach(r -> roomsById.put(r.id(), r));
        for (ItcAssignment a : solution) {
            int n = next.merge(a.courseId(), 1, Integer::sum) - 1;
            Lecture lecture = lectures.stream().filter(l -> l.getId().equals(a.courseId() + "#" + n)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("too many lectures of " + a.courseId()));
            lecture.setSlot(new Slot(a.day(), a.period()));
            lecture.setRoom(roomsById.get(a.roomId()));
        }
        return this;
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public List<ItcInstance.Room> getRooms() {
        return rooms;
    }

    public List<ItcInstance.Curriculum> getCurricula() {
        return curricula;
    }

    public List<ItcInstance.Unavailability> getUnavailabilities() {
        return unavailabilities;
    }

    public List<CourseConflict> getConflicts() {
        return conflicts;
    }

    public List<Lecture> getLectures() {
        return lectures;
    }

    public @Nullable HardSoftScore getScore() {
        return score;
    }

    public void setScore(@Nullable HardSoftScore score) {
        this.score = score;
    }
}
