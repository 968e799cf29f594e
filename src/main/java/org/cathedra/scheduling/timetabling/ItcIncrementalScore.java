package org.cathedra.scheduling.timetabling;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ITC-2007 track 3 rules kept up to date move by move on counters (lectures per period and room, per period
 * and teacher, per period and curriculum, per course and day, per course and room), so that a move costs a few
 * array updates instead of a pass over the whole timetable. Scores the same as {@link ItcConstraints} and
 * {@link ItcScore}: a lecture without a period or a room counts one hard as unplaced and nothing else.
 */
public class ItcIncrementalScore implements IncrementalScoreCalculator<ItcTimetable, HardSoftScore>, Placement {

    private int periodsPerDay;
    private int roomCount;
    private int teacherCount;
    private int curriculumCount;
    private final Map<Lecture, Integer> lectureIndex = new IdentityHashMap<>();
    private final Map<ItcInstance.Room, Integer> roomIndex = new HashMap<>();
    private int[] lectureCourse = new int[0];
    private int[] courseTeacher = new int[0];
    private int[] courseStudents = new int[0];
    private int[] courseMinDays = new int[0];
    private int[][] courseCurricula = new int[0][];
    private int[] roomCapacity = new int[0];
    private boolean[][] unavailable = new boolean[0][];
    private int days;

    // what is counted: the placed lecture's period (day * periodsPerDay + period) and room, or -1
    private int[] placedSlot = new int[0];
    private int[] placedRoom = new int[0];
    private int[][] perSlotRoom = new int[0][];
    private int[][] perSlotTeacher = new int[0][];
    private int[][] perSlotCurriculum = new int[0][];
    private int[][] perSlotCourse = new int[0][];
    private int[][] perCourseDay = new int[0][];
    private int[][] perCourseRoom = new int[0][];
    private int[] courseDays = new int[0];
    private int[] courseRooms = new int[0];
    // the placed lectures of each period, and where each stands in its period's list (for the neighbourhoods)
    private int[][] slotMembers = new int[0][];
    private int[] slotCount = new int[0];
    private int[] slotPosition = new int[0];

    private int hard;
    private int soft;

    @Override
    public void resetWorkingSolution(ItcTimetable timetable) {
        List<Lecture> lectures = timetable.getLectures();
        List<ItcInstance.Room> rooms = timetable.getRooms();
        days = 0;
        periodsPerDay = 0;
        for (Slot s : timetable.getSlots()) {
            days = Math.max(days, s.day() + 1);
            periodsPerDay = Math.max(periodsPerDay, s.period() + 1);
        }
        int slots = days * periodsPerDay;
        roomCount = rooms.size();
        roomIndex.clear();
        roomCapacity = new int[roomCount];
        for (int r = 0; r < roomCount; r++) {
            roomIndex.put(rooms.get(r), r);
            roomCapacity[r] = rooms.get(r).capacity();
        }
        Map<String, Integer> courseIndex = new HashMap<>();
        Map<String, Integer> teacherIndex = new HashMap<>();
        List<ItcInstance.Course> courses = new java.util.ArrayList<>();
        lectureIndex.clear();
        lectureCourse = new int[lectures.size()];
        for (int i = 0; i < lectures.size(); i++) {
            Lecture l = lectures.get(i);
            lectureIndex.put(l, i);
            ItcInstance.Course c = l.getCourse();
            Integer ci = courseIndex.get(c.id());
            if (ci == null) {
                ci = courses.size();
                courseIndex.put(c.id(), ci);
                courses.add(c);
            }
            lectureCourse[i] = ci;
        }
        int courseCount = courses.size();
        courseTeacher = new int[courseCount];
        courseStudents = new int[courseCount];
        courseMinDays = new int[courseCount];
        for (int c = 0; c < courseCount; c++) {
            ItcInstance.Course course = courses.get(c);
            courseTeacher[c] = teacherIndex.computeIfAbsent(course.teacher(), k -> teacherIndex.size());
            courseStudents[c] = course.students();
            courseMinDays[c] = course.minWorkingDays();
        }
        teacherCount = teacherIndex.size();
        List<ItcInstance.Curriculum> curricula = timetable.getCurricula();
        curriculumCount = curricula.size();
        courseCurricula = new int[courseCount][];
        for (int c = 0; c < courseCount; c++) {
            String id = courses.get(c).id();
            courseCurricula[c] = java.util.stream.IntStream.range(0, curriculumCount)
                    .filter(q -> curricula.get(q).courseIds().contains(id)).toArray();
        }
        unavailable = new boolean[courseCount][slots];
        for (ItcInstance.Unavailability u : timetable.getUnavailabilities()) {
            Integer c = courseIndex.get(u.courseId());
            if (c != null && u.day() < days && u.period() < periodsPerDay) {
                unavailable[c][u.day() * periodsPerDay + u.period()] = true;
            }
        }
        placedSlot = new int[lectures.size()];
        placedRoom = new int[lectures.size()];
        java.util.Arrays.fill(placedSlot, -1);
        java.util.Arrays.fill(placedRoom, -1);
        perSlotRoom = new int[slots][roomCount];
        perSlotTeacher = new int[slots][teacherCount];
        perSlotCurriculum = new int[slots][curriculumCount];
        perSlotCourse = new int[slots][courseCount];
        perCourseDay = new int[courseCount][days];
        perCourseRoom = new int[courseCount][roomCount];
        courseDays = new int[courseCount];
        courseRooms = new int[courseCount];
        slotMembers = new int[slots][lectures.size()];
        slotCount = new int[slots];
        slotPosition = new int[lectures.size()];
        hard = -lectures.size(); // every lecture counts as unplaced until it is inserted
        soft = 0;
        for (int c = 0; c < courseCount; c++) {
            soft -= 5 * courseMinDays[c];
        }
        for (Lecture l : lectures) {
            insert(l);
        }
    }

    @Override
    public void beforeEntityAdded(Object entity) {
        // nothing counted before it has values
    }

    @Override
    public void afterEntityAdded(Object entity) {
        insert((Lecture) entity);
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        retract((Lecture) entity);
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        insert((Lecture) entity);
    }

    @Override
    public void beforeEntityRemoved(Object entity) {
        retract((Lecture) entity);
    }

    @Override
    public void afterEntityRemoved(Object entity) {
        // already retracted
    }

    @Override
    public HardSoftScore calculateScore() {
        return HardSoftScore.of(hard, soft);
    }

    private void insert(Lecture lecture) {
        Slot slot = lecture.getSlot();
        ItcInstance.Room room = lecture.getRoom();
        if (slot == null || room == null) {
            return;
        }
        int i = lectureIndex.get(lecture);
        if (placedSlot[i] >= 0) {
            // already counted: a move that changes both variables of a lecture announces both changes first
            return;
        }
        int s = slot.day() * periodsPerDay + slot.period();
        int r = roomIndex.get(room);
        placedSlot[i] = s;
        placedRoom[i] = r;
        slotPosition[i] = slotCount[s];
        slotMembers[s][slotCount[s]++] = i;
        int c = lectureCourse[i];
        int d = slot.day();
        // hard: pairs in one room and period; pairs of one teacher, and once per shared curriculum, in one period
        // (two lectures of one course count once, however many curricula hold the course)
        int[] curricula = courseCurricula[c];
        int clash = perSlotRoom[s][r] + perSlotTeacher[s][courseTeacher[c]] - perSlotCourse[s][c] * curricula.length;
        for (int q : curricula) {
            clash += perSlotCurriculum[s][q];
        }
        if (unavailable[c][s]) {
            clash++;
        }
        hard -= clash - 1;
        perSlotRoom[s][r]++;
        perSlotTeacher[s][courseTeacher[c]]++;
        perSlotCourse[s][c]++;
        // soft
        int delta = -Math.max(0, courseStudents[c] - roomCapacity[r]);
        if (perCourseDay[c][d]++ == 0) {
            int before = Math.max(0, courseMinDays[c] - courseDays[c]);
            courseDays[c]++;
            delta -= 5 * (Math.max(0, courseMinDays[c] - courseDays[c]) - before);
        }
        if (perCourseRoom[c][r]++ == 0) {
            if (courseRooms[c]++ > 0) {
                delta--;
            }
        }
        for (int q : curricula) {
            delta -= 2 * isolatedChange(q, s, d);
            perSlotCurriculum[s][q]++;
        }
        soft += delta;
    }

    private void retract(Lecture lecture) {
        int i = lectureIndex.get(lecture);
        int s = placedSlot[i];
        if (s < 0) {
            return;
        }
        int r = placedRoom[i];
        placedSlot[i] = -1;
        placedRoom[i] = -1;
        int last = slotMembers[s][--slotCount[s]];
        slotMembers[s][slotPosition[i]] = last;
        slotPosition[last] = slotPosition[i];
        int c = lectureCourse[i];
        int d = s / periodsPerDay;
        int[] curricula = courseCurricula[c];
        int delta = Math.max(0, courseStudents[c] - roomCapacity[r]);
        for (int q : curricula) {
            perSlotCurriculum[s][q]--;
            delta += 2 * isolatedChange(q, s, d);
        }
        perSlotRoom[s][r]--;
        perSlotTeacher[s][courseTeacher[c]]--;
        perSlotCourse[s][c]--;
        int clash = perSlotRoom[s][r] + perSlotTeacher[s][courseTeacher[c]] - perSlotCourse[s][c] * curricula.length;
        for (int q : curricula) {
            clash += perSlotCurriculum[s][q];
        }
        if (unavailable[c][s]) {
            clash++;
        }
        hard += clash - 1;
        if (--perCourseDay[c][d] == 0) {
            int before = Math.max(0, courseMinDays[c] - courseDays[c]);
            courseDays[c]--;
            delta -= 5 * (Math.max(0, courseMinDays[c] - courseDays[c]) - before);
        }
        if (--perCourseRoom[c][r] == 0) {
            if (--courseRooms[c] > 0) {
                delta++;
            }
        }
        soft += delta;
    }

    /**
     * How many more lectures of curriculum {@code q} are isolated once one more of them is in period {@code s} of day
     * {@code d} (the counts as they are before it comes; the same figure, negated, when one leaves, counted after it
     * has gone): the newcomer if no period next to it holds the curriculum, less the lectures next to it that it
     * joins when its period was empty.
     */
    private int isolatedChange(int q, int s, int d) {
        int first = d * periodsPerDay;
        int last = first + periodsPerDay - 1;
        int before = s > first ? perSlotCurriculum[s - 1][q] : 0;
        int after = s < last ? perSlotCurriculum[s + 1][q] : 0;
        int change = before == 0 && after == 0 ? 1 : 0;
        if (perSlotCurriculum[s][q] == 0) {
            if (before > 0 && (s - 1 == first || perSlotCurriculum[s - 2][q] == 0)) {
                change -= before;
            }
            if (after > 0 && (s + 1 == last || perSlotCurriculum[s + 2][q] == 0)) {
                change -= after;
            }
        }
        return change;
    }

    @Override
    public int slotOf(int lecture) {
        return placedSlot[lecture];
    }

    @Override
    public int roomOf(int lecture) {
        return placedRoom[lecture];
    }

    @Override
    public int countAt(int slot) {
        return slotCount[slot];
    }

    @Override
    public int lectureAt(int slot, int k) {
        return slotMembers[slot][k];
    }
}
