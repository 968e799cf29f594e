package org.cathedra.scheduling.timetabling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the custom neighbourhoods look up on every move and which never changes during a solve, by number as in
 * {@link Placement}: each lecture's course, the lectures of each course, which courses clash (same course, teacher
 * or curriculum), each course's students and each room's seats, and the period objects by number. Built once per
 * working timetable, not once per step.
 */
final class MoveIndex {

    final ItcTimetable timetable;
    final List<Lecture> lectures;
    final List<ItcInstance.Room> rooms;
    /** The course (counted from 0) of each lecture. */
    final int[] course;
    /** The lectures of each course. */
    final int[][] byCourse;
    /** Whether two courses may not share a period. */
    final boolean[][] clash;
    /** The students of each course. */
    final int[] students;
    /** The seats of each room. */
    final int[] capacity;
    /** The period of each number ({@code day * periodsPerDay + period}), from the timetable's own list. */
    final Slot[] slotAt;

    private MoveIndex(ItcTimetable t) {
        timetable = t;
        lectures = t.getLectures();
        rooms = t.getRooms();
        Map<String, Integer> courseIndex = new HashMap<>();
        List<List<Integer>> courses = new ArrayList<>();
        List<Integer> studentsOf = new ArrayList<>();
        course = new int[lectures.size()];
        for (int i = 0; i < lectures.size(); i++) {
            Lecture l = lectures.get(i);
            Integer c = courseIndex.get(l.getCourseId());
            if (c == null) {
                c = courseIndex.size();
                courseIndex.put(l.getCourseId(), c);
                courses.add(new ArrayList<>());
                studentsOf.add(l.getCourse().students());
            }
            course[i] = c;
            courses.get(c).add(i);
        }
        byCourse = courses.stream().map(c -> c.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        students = studentsOf.stream().mapToInt(Integer::intValue).toArray();
        capacity = rooms.stream().mapToInt(ItcInstance.Room::capacity).toArray();
        int count = courses.size();
        clash = new boolean[count][count];
        for (int c = 0; c < count; c++) {
            clash[c][c] = true;
        }
        for (CourseConflict conflict : t.getConflicts()) {
            Integer a = courseIndex.get(conflict.left());
            Integer b = courseIndex.get(conflict.right());
            if (a != null && b != null) {
                clash[a][b] = true;
                clash[b][a] = true;
            }
        }
        int periodsPerDay = 0;
        for (Slot s : t.getSlots()) {
            periodsPerDay = Math.max(periodsPerDay, s.period() + 1);
        }
        slotAt = new Slot[t.getSlots().size()];
        for (Slot s : t.getSlots()) {
            slotAt[s.day() * periodsPerDay + s.period()] = s;
        }
    }

    /** The index of {@code t}: {@code cached} if it was built for the same timetable, a new one otherwise. */
    static MoveIndex of(ItcTimetable t, MoveIndex cached) {
        return cached != null && cached.timetable == t && cached.lectures == t.getLectures() ? cached
                : new MoveIndex(t);
    }

    /** A move of the lectures numbered in {@code moved} (the first {@code n}) to the periods and rooms given. */
    ReassignMove move(int[] moved, int[] toSlot, int[] toRoom, int n) {
        List<Lecture> ls = new ArrayList<>(n);
        List<Slot> ss = new ArrayList<>(n);
        List<ItcInstance.Room> rs = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            ls.add(lectures.get(moved[k]));
            ss.add(slotAt[toSlot[k]]);
            rs.add(rooms.get(toRoom[k]));
        }
        return new ReassignMove(ls, ss, rs);
    }

    static ReassignMove none() {
        return new ReassignMove(List.of(), List.of(), List.of());
    }
}
