package org.cathedra.scheduling.timetabling;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
    Iterator<ReassignMove> moves(MoveIndex x, ScoreDirector<ItcTimetable> scoreDirector, Random random) {
        List<Lecture> lectures = x.lectures;
        List<ItcInstance.Room> rooms = x.rooms;
        return new Iterator<>() {

            // gathered at the first move: the timetable does not change while one iterator is in use
            private List<List<Lecture>> bySlot;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ReassignMove next() {
                Lecture pick = lectures.get(random.nextInt(lectures.size()));
                List<Lecture> course = x.siblings(pick);
                // mostly into a room the course already uses (where it may gather), otherwise any room
                ItcInstance.Room room = course.get(random.nextInt(course.size())).getRoom();
                if (room == null || room.equals(pick.getRoom()) && random.nextBoolean()) {
                    room = rooms.get(random.nextInt(rooms.size()));
                }
                List<Lecture> moved = new ArrayList<>(4);
                List<ItcInstance.Room> to = new ArrayList<>(4);
                for (Lecture l : course) {
                    if (l.getSlot() == null || l.getRoom() == null || l.getRoom().equals(room)) {
                        continue;
                    }
                    moved.add(l);
                    to.add(room);
                }
                if (moved.isEmpty()) {
                    return new ReassignMove(moved, moved.stream().map(Lecture::getSlot).toList(), to);
                }
                if (bySlot == null) {
                    bySlot = x.lecturesBySlot();
                }
                int n = moved.size();
                for (int i = 0; i < n; i++) {
                    for (Lecture other : bySlot.get(x.slotNumber(moved.get(i).getSlot()))) {
                        if (room.equals(other.getRoom()) && !other.getCourseId().equals(pick.getCourseId())
                                && !moved.contains(other)) {
                            moved.add(other);
                            to.add(moved.get(i).getRoom());
                        }
                    }
                }
                return new ReassignMove(moved, moved.stream().map(Lecture::getSlot).toList(), to);
            }
        };
    }
}
