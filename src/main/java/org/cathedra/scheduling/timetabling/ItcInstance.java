package org.cathedra.scheduling.timetabling;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One ITC-2007 curriculum-based timetabling instance: days of periods, courses of several weekly lectures taught
 * by one teacher to a number of students, rooms with seats, curricula (courses that must not overlap), and the
 * periods in which a course may not be taught.
 */
public record ItcInstance(String name, int days, int periodsPerDay, List<Course> courses, List<Room> rooms,
        List<Curriculum> curricula, List<Unavailability> unavailabilities) {

    public ItcInstance {
        courses = List.copyOf(courses);
        rooms = List.copyOf(rooms);
        curricula = List.copyOf(curricula);
        unavailabilities = List.copyOf(unavailabilities);
    }

    /** A course: its teacher, how many lectures a week, on at least how many days, for how many students. */
    public record Course(String id, String teacher, int lectures, int minWorkingDays, int students) {
    }

    public record Room(String id, int capacity) {
    }

    /** Courses taken together by one group of students: their lectures must not overlap. */
    public record Curriculum(String id, Set<String> courseIds) {

        public Curriculum {
            courseIds = Set.copyOf(courseIds);
        }
    }

    /** Course {@code courseId} may not be taught on {@code day} in {@code period} (both counted from 0). */
    public record Unavailability(String courseId, int day, int period) {
    }

    public int periods() {
        return days * periodsPerDay;
    }

    public int lectureCount() {
        return courses.stream().mapToInt(Course::lectures).sum();
    }

    public Map<String, Course> coursesById() {
        return courses.stream().collect(Collectors.toMap(Course::id, Function.identity()));
    }

    public Map<String, Room> roomsById() {
        return rooms.stream().collect(Collectors.toMap(Room::id, Function.identity()));
    }
}
