package org.cathedra.scheduling.timetabling;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * A lecture changes room within its period: into a free room, or trading rooms with the lecture that holds the
 * room it goes to; so it never makes a room clash (seats and room stability only). Replaces Timefold's change of
 * room, which in a nearly full timetable mostly picks a taken room, and its swap of two random lectures' rooms,
 * which mostly pairs lectures of different periods and is filtered away.
 */
public final class RoomMoves implements MoveIteratorFactory<ItcTimetable, ReassignMove> {

    private MoveIndex cache;

    @Override
    public long getSize(ScoreDirector<ItcTimetable> scoreDirector) {
        ItcTimetable t = scoreDirector.getWorkingSolution();
        return (long) t.getLectures().size() * t.getRooms().size();
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<ItcTimetable> scoreDirector) {
        throw new UnsupportedOperationException("only random selection");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<ItcTimetable> scoreDirector,
            Random random) {
        MoveIndex x = cache = MoveIndex.of(scoreDirector.getWorkingSolution(), cache);
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
