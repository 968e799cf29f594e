package org.cathedra.scheduling.timetabling;

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
    Draw moves(MoveIndex x, Placement p, Random random) {
        return () -> {
            int l = random.nextInt(x.lectures.size());
            int room = random.nextInt(x.rooms.size());
            int slot = p.slotOf(l);
            int from = p.roomOf(l);
            if (slot < 0 || room == from) {
                return MoveIndex.none();
            }
            for (int k = 0; k < p.countAt(slot); k++) {
                int other = p.lectureAt(slot, k);
                if (p.roomOf(other) == room) {
                    return x.move(new int[] {l, other}, new int[] {slot, slot}, new int[] {room, from}, 2);
                }
            }
            return x.move(new int[] {l}, new int[] {slot}, new int[] {room}, 1);
        };
    }
}
