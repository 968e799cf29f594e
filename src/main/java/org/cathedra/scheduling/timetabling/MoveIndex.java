package org.cathedra.scheduling.timetabling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the custom neighbourhoods look up on every move and which never changes during a solve: each lecture's
 * position and course, the lectures of each course, which courses clash (same course, teacher or curriculum) and
 * where each period is in the list of periods. Built once per working timetable, not once per step.
 */
final class MoveIndex {

    final ItcTimetable timetable;
    final List<Lecture> lectures;
    final List<Slot> slots;
    final List<ItcInstance.Room> rooms;
    final Map<Lecture, Integer> position = new IdentityHashMap<>();
    /** The course (counted from 0) of each lecture, by position. */
    final int[] course;
    /** The lectures of each course. */
    final List<List<Lecture>> byCourse = new ArrayList<>();
    /** Whether two courses may not share a period. */
    final boolean[][] clash;
    /** The period {@code [day][period]}, from the timetable's own list. */
    final Slot[][] slotAt;

    private MoveIndex(ItcTimetable t) {
        timetable = t;
        lectures = t.getLectures();
        slots = t.getSlots();
        rooms = t.getRooms();
        Map<String, Integer> courseIndex = new HashMap<>();
        course = new int[lectures.size()];
        for (int i = 0; i < lectures.size(); i++) {
            Lecture l = lectures.get(i);
            position.put(l, i);
            Integer c = courseIndex.get(l.getCourseId());
            if (c == null) {
                c = courseIndex.size();
                courseIndex.put(l.getCourseId(), c);
                byCourse.add(new ArrayList<>());
            }
            course[i] = c;
            byCourse.get(c).add(l);
        }
        int courses = courseIndex.size();
        clash = new boolean[courses][courses];
        for (int c = 0; c < courses; c++) {
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
        int days = 0;
        int periods = 0;
        for (Slot s : slots) {
            days = Math.max(days, s.day() + 1);
            periods = Math.max(periods, s.period() + 1);
        }
        slotAt = new Slot[days][periods];
        for (Slot s : slots) {
            slotAt[s.day()][s.period()] = s;
        }
    }

    /** The number of a period: day by day, period by period. */
    int slotNumber(Slot s) {
        return s.day() * slotAt[0].length + s.period();
    }

    /** The placed lectures of every period (by {@link #slotNumber}) as the timetable is now. */
    List<List<Lecture>> lecturesBySlot() {
        List<List<Lecture>> out = new ArrayList<>(slotAt.length * slotAt[0].length);
        for (int i = 0; i < slotAt.length * slotAt[0].length; i++) {
            out.add(new ArrayList<>());
        }
        for (Lecture l : lectures) {
            if (l.getSlot() != null && l.getRoom() != null) {
                out.get(slotNumber(l.getSlot())).add(l);
            }
        }
        return out;
    }

    int courseOf(Lecture l) {
        return course[position.get(l)];
    }

    List<Lecture> siblings(Lecture l) {
        return byCourse.get(courseOf(l));
    }

    /** The index of {@code t}: {@code cached} if it was built for the same timetable, a new one otherwise. */
    static MoveIndex of(ItcTimetable t, MoveIndex cached) {
        return cached != null && cached.timetable == t && cached.lectures == t.getLectures() ? cached
                : new MoveIndex(t);
    }
}
