package org.cathedra.scheduling.timetabling;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The competition's own scoring, computed directly from a solution (independently of the solver), so that the
 * figures a benchmark prints are the ones the ITC-2007 rules give.
 *
 * <p>Hard: every lecture placed; no two lectures in one room and period; no two lectures of one course, of one
 * teacher or of one curriculum (counted once per shared curriculum) in one period; no lecture in a period its
 * course is unavailable. Soft: room capacity (1 per student without a seat), minimum working days (5 per
 * missing day), curriculum compactness (2 per lecture with no lecture of the same curriculum next to it on the
 * same day), room stability (1 per room beyond the first used by a course).
 */
public record ItcScore(int unplaced, int roomOccupancy, int conflicts, int availability, int roomCapacity,
        int minWorkingDays, int curriculumCompactness, int roomStability) {

    public int hard() {
        return unplaced + roomOccupancy + conflicts + availability;
    }

    public int soft() {
        return roomCapacity + minWorkingDays + curriculumCompactness + roomStability;
    }

    public boolean feasible() {
        return hard() == 0;
    }

    @Override
    public String toString() {
        return "hard " + hard() + " (unplaced " + unplaced + ", room occupancy " + roomOccupancy + ", conflicts "
                + conflicts + ", availability " + availability + "), soft " + soft() + " (room capacity "
                + roomCapacity + ", min working days " + minWorkingDays + ", curriculum compactness "
                + curriculumCompactness + ", room stability " + roomStability + ")";
    }

    /** Scores {@code solution} for {@code instance}. */
    public static ItcScore of(ItcInstance instance, List<ItcAssignment> solution) {
        Map<String, ItcInstance.Course> courses = instance.coursesById();
        Map<String, ItcInstance.Room> rooms = instance.roomsById();
        Map<String, Integer> placed = new HashMap<>();
        solution.forEach(a -> placed.merge(a.courseId(), 1, Integer::sum));
        int unplaced = instance.courses().stream()
                .mapToInt(c -> Math.max(0, c.lectures() - placed.getOrDefault(c.id(), 0))).sum();

        int occupancy = 0;
        int conflicts = 0;
        for (int i = 0; i < solution.size(); i++) {
            ItcAssignment a = solution.get(i);
            for (int j = i + 1; j < solution.size(); j++) {
                ItcAssignment b = solution.get(j);
                if (a.day() != b.day() || a.period() != b.period()) {
                    continue;
                }
                if (a.roomId().equals(b.roomId())) {
                    occupancy++;
                }
                if (a.courseId().equals(b.courseId())) {
                    conflicts++;
                    continue;
                }
                if (courses.get(a.courseId()).teacher().equals(courses.get(b.courseId()).teacher())) {
                    conflicts++;
                }
                for (ItcInstance.Curriculum q : instance.curricula()) {
                    if (q.courseIds().contains(a.courseId()) && q.courseIds().contains(b.courseId())) {
                        conflicts++;
                    }
                }
            }
        }

        Set<String> unavailable = new HashSet<>();
        instance.unavailabilities().forEach(u -> unavailable.add(u.courseId() + "@" + u.day() + "/" + u.period()));
        int availability = (int) solution.stream()
                .filter(a -> unavailable.contains(a.courseId() + "@" + a.day() + "/" + a.period())).count();

        int capacity = solution.stream().mapToInt(a -> Math.max(0,
                courses.get(a.courseId()).students() - rooms.get(a.roomId()).capacity())).sum();

        Map<String, Set<Integer>> days = new HashMap<>();
        Map<String, Set<String>> roomsUsed = new HashMap<>();
        for (ItcAssignment a : solution) {
            days.computeIfAbsent(a.courseId(), k -> new HashSet<>()).add(a.day());
            roomsUsed.computeIfAbsent(a.courseId(), k -> new HashSet<>()).add(a.roomId());
        }
        int workingDays = instance.courses().stream().mapToInt(c -> 5 * Math.max(0,
                c.minWorkingDays() - days.getOrDefault(c.id(), Set.of()).size())).sum();
        int stability = roomsUsed.values().stream().mapToInt(r -> r.size() - 1).sum();

        int compactness = 0;
        for (ItcInstance.Curriculum q : instance.curricula()) {
            Set<Integer> busy = new HashSet<>();
            List<ItcAssignment> lectures = solution.stream().filter(a -> q.courseIds().contains(a.courseId()))
                    .toList();
            lectures.forEach(a -> busy.add(a.day() * instance.periodsPerDay() + a.period()));
            for (ItcAssignment a : lectures) {
                int slot = a.day() * instance.periodsPerDay() + a.period();
                boolean before = a.period() > 0 && busy.contains(slot - 1);
                boolean after = a.period() < instance.periodsPerDay() - 1 && busy.contains(slot + 1);
                if (!before && !after) {
                    compactness += 2;
                }
            }
        }
        return new ItcScore(unplaced, occupancy, conflicts, availability, capacity, workingDays, compactness,
                stability);
    }
}
