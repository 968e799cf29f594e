package org.cathedra.scheduling.timetabling;

import java.util.Random;

/**
 * Moves every lecture of a course into one room at once (room stability), and a lecture already in that room in
 * the same period takes the room the course's lecture leaves, so that the move never makes a room clash. A change
 * of one lecture's room could only reach this through a worse timetable with a room used twice.
 */
public final class CourseRoomMoves extends IndexedMoves {

    @Override
    int placesPerLecture(ItcTimetable t) {
        return t.getRooms().size();
    }

    @Override
    Draw moves(MoveIndex x, Placement p, Random random) {
        return () -> {
            int pick = random.nextInt(x.lectures.size());
            int[] course = x.byCourse[x.course[pick]];
            // mostly into a room the course already uses (where it may gather), otherwise any room
            int room = p.roomOf(course[random.nextInt(course.length)]);
            if (room < 0 || room == p.roomOf(pick) && random.nextBoolean()) {
                room = random.nextInt(x.rooms.size());
            }
            int[] moved = new int[course.length * 2];
            int[] toSlot = new int[moved.length];
            int[] toRoom = new int[moved.length];
            int n = 0;
            for (int l : course) {
                if (p.slotOf(l) >= 0 && p.roomOf(l) != room) {
                    moved[n] = l;
                    toSlot[n] = p.slotOf(l);
                    toRoom[n++] = room;
                }
            }
            int own = n;
            for (int i = 0; i < own; i++) {
                // the lecture of another course in that room and period takes the room this one leaves
                int slot = toSlot[i];
                for (int k = 0; k < p.countAt(slot); k++) {
                    int other = p.lectureAt(slot, k);
                    if (p.roomOf(other) == room && x.course[other] != x.course[pick]
                            && !contains(moved, own, n, other)) {
                        moved[n] = other;
                        toSlot[n] = slot;
                        toRoom[n++] = p.roomOf(moved[i]);
                        break;
                    }
                }
            }
            return x.move(moved, toSlot, toRoom, n);
        };
    }

    private static boolean contains(int[] values, int from, int to, int value) {
        for (int k = from; k < to; k++) {
            if (values[k] == value) {
                return true;
            }
        }
        return false;
    }
}
