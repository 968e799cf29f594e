package org.cathedra.scheduling.timetabling;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * A lecture changes room within its period: into a free room, or trading rooms with the lecture that holds the
 * room it goes to; so it never makes a room clash (seats and room stability only). Replaces Timefold's change of
 * room, which in a nearly full timetable mostly picks a taken room, and its swap of two random lectures' rooms,
 * which mostly pairs lectures of different periods and is filtered away.
 */
public final class RoomMoves extends IndexedMoves {

    @Override
    int placesPerLecture(ItcTimetable t) {
        return t.getRooms().size();
    }

    @Override
    Iterator<ReassignMove> moves(MoveIndex x, ScoreDirector<ItcTimetable> scoreDirector, Random random) {
        return new Iterator<>() {

            // gathered at the first move: the timetable does not change while one iterator is in use
            private List<List<Lecture>> bySlot;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ReassignMove next() {
                Lecture l = x.lectures.get(random.nextInt(x.lectures.size()));
                ItcInstance.Room room = x.rooms.get(random.nextInt(x.rooms.size()));
                Slot slot = l.getSlot();
                ItcInstance.Room from = l.getRoom();
                if (slot == null || from == null || room.equals(from)) {
                    return new ReassignMove(List.of(), List.of(), List.of());
                }
                if (bySlot == null) {
                    bySlot = x.lecturesBySlot();
                }
                for (Lecture other : bySlot.get(x.slotNumber(slot))) {
                    if (room.equals(other.getRoom())) {
                        return new ReassignMove(List.of(l, other), List.of(slot, slot), List.of(room, from));
                    }
                }
                return new ReassignMove(List.of(l), List.of(slot), List.of(room));
            }
        };
    }
}
