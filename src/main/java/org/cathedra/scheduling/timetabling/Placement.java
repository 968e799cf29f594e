package org.cathedra.scheduling.timetabling;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.score.director.incremental.IncrementalScoreDirector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each lecture of the working timetable is, by number: a lecture by its position in the timetable's list, a
 * period by {@code day * periodsPerDay + period}, a room by its position in the timetable's list of rooms; and the
 * lectures of each period. The custom neighbourhoods read it on every move instead of gathering the lectures of
 * every period each step: during a solve it is the incremental score's own counters, kept move by move.
 */
interface Placement {

    /** The lecture's period, or -1 while it has no period or no room. */
    int slotOf(int lecture);

    /** The lecture's room, or -1 while it has no period or no room. */
    int roomOf(int lecture);

    /** How many placed lectures period {@code slot} holds. */
    int countAt(int slot);

    /** The {@code k}-th placed lecture of period {@code slot} (in no particular order). */
    int lectureAt(int slot, int k);

    /** The incremental score's counters when the solver scores with it, otherwise the timetable as it is now. */
    static Placement of(ScoreDirector<ItcTimetable> scoreDirector) {
        if (scoreDirector instanceof IncrementalScoreDirector<?, ?> incremental
                && incremental.getIncrementalScoreCalculator() instanceof ItcIncrementalScore score) {
            return score;
        }
        return new Snapshot(scoreDirector.getWorkingSolution());
    }

    /** The placement of a timetable at one moment (a copy: it does not follow later changes). */
    final class Snapshot implements Placement {

        private final int[] slot;
        private final int[] room;
        private final int[][] members;
        private final int[] count;

        Snapshot(ItcTimetable t) {
            List<Lecture> lectures = t.getLectures();
            Map<ItcInstance.Room, Integer> rooms = new HashMap<>();
            for (int r = 0; r < t.getRooms().size(); r++) {
                rooms.put(t.getRooms().get(r), r);
            }
            int periodsPerDay = 0;
            for (Slot s : t.getSlots()) {
                periodsPerDay = Math.max(periodsPerDay, s.period() + 1);
            }
            slot = new int[lectures.size()];
            room = new int[lectures.size()];
            members = new int[t.getSlots().size()][lectures.size()];
            count = new int[t.getSlots().size()];
            for (int i = 0; i < lectures.size(); i++) {
                Lecture l = lectures.get(i);
                Integer r = l.getRoom() == null ? null : rooms.get(l.getRoom());
                if (l.getSlot() == null || r == null) {
                    slot[i] = -1;
                    room[i] = -1;
                    continue;
                }
                int s = l.getSlot().day() * periodsPerDay + l.getSlot().period();
                slot[i] = s;
                room[i] = r;
                members[s][count[s]++] = i;
            }
        }

        @Override
        public int slotOf(int lecture) {
            return slot[lecture];
        }

        @Override
        public int roomOf(int lecture) {
            return room[lecture];
        }

        @Override
        public int countAt(int s) {
            return count[s];
        }

        @Override
        public int lectureAt(int s, int k) {
            return members[s][k];
        }
    }
}
