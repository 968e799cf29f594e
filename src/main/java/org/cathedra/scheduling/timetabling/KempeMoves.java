package org.cathedra.scheduling.timetabling;

import java.util.Arrays;
import java.util.Random;

/**
 * Kempe-chain moves: a lecture goes to another period, the lectures there that clash with it (same course,
 * teacher or curriculum) come to its period, those that clash with them go back, and so on until no clash is
 * left; so a feasible timetable stays free of conflicts. Each lecture keeps its room when that room is free in
 * its new period, and otherwise takes the free room that costs least in seats short and room stability.
 */
public final class KempeMoves extends IndexedMoves {

    private int[][] scratch = new int[5][0];

    /** Working list {@code k} of at least {@code size}, kept for the next step's iterator. */
    private int[] scratch(int k, int size) {
        if (scratch[k].length < size) {
            scratch[k] = new int[size];
        }
        return scratch[k];
    }

    @Override
    int placesPerLecture(ItcTimetable t) {
        return t.getSlots().size();
    }

    @Override
    Draw moves(MoveIndex x, Placement p, Random random) {
        int lectures = x.lectures.size();
        int slots = x.slotAt.length;
        boolean[][] clash = x.clash;
        int[] course = x.course;
        return new Draw() {

            // working lists, reused from move to move and step to step (one solve uses one factory, on one
            // thread): the lectures still in each period, the two halves of the chain, the rooms taken
            private final int[] atFrom = scratch(0, lectures);
            private final int[] atTo = scratch(1, lectures);
            private final int[] goTo = scratch(2, lectures);
            private final int[] goFrom = scratch(3, lectures);
            private final int[] without = scratch(4, lectures);
            private final boolean[] taken = new boolean[x.rooms.size()];
            private int nFrom;
            private int nTo;
            private int nGoTo;
            private int nGoFrom;

            @Override
            public ReassignMove next() {
                int start = random.nextInt(lectures);
                int from = p.slotOf(start);
                int to = random.nextInt(slots);
                if (from < 0 || from == to) {
                    return MoveIndex.none();
                }
                nFrom = 0;
                for (int k = 0; k < p.countAt(from); k++) {
                    int l = p.lectureAt(from, k);
                    if (l != start) {
                        atFrom[nFrom++] = l;
                    }
                }
                nTo = 0;
                for (int k = 0; k < p.countAt(to); k++) {
                    atTo[nTo++] = p.lectureAt(to, k);
                }
                goTo[0] = start;
                nGoTo = 1;
                nGoFrom = 0;
                int doneTo = 0;
                int doneFrom = 0;
                while (doneTo < nGoTo || doneFrom < nGoFrom) {
                    for (; doneTo < nGoTo; doneTo++) {
                        nTo = pull(course[goTo[doneTo]], atTo, nTo, goFrom, false);
                    }
                    for (; doneFrom < nGoFrom; doneFrom++) {
                        nFrom = pull(course[goFrom[doneFrom]], atFrom, nFrom, goTo, true);
                    }
                }
                int n = nGoTo + nGoFrom;
                int[] moved = new int[n];
                int[] toSlot = new int[n];
                int[] toRoom = new int[n];
                int done = place(goTo, nGoTo, to, atTo, nTo, moved, toSlot, toRoom, 0);
                place(goFrom, nGoFrom, from, atFrom, nFrom, moved, toSlot, toRoom, done);
                return x.move(moved, toSlot, toRoom, n);
            }

            /**
             * Moves every lecture of {@code there} (the first {@code count}) that clashes with course {@code c} to the
             * end of the chain; returns how many are left there.
             */
            private int pull(int c, int[] there, int count, int[] chain, boolean toPeriod) {
                for (int i = count - 1; i >= 0; i--) {
                    int l = there[i];
                    if (clash[c][course[l]]) {
                        if (toPeriod) {
                            chain[nGoTo++] = l;
                        } else {
                            chain[nGoFrom++] = l;
                        }
                        there[i] = there[--count];
                    }
                }
                return count;
            }

            /**
             * The first {@code arriving} of {@code chain} go to period {@code slot}, where the first {@code staying}
             * of {@code stay} keep their rooms; written into the move from {@code at} on, returns where it ends.
             */
            private int place(int[] chain, int arriving, int slot, int[] stay, int staying, int[] moved, int[] toSlot,
                    int[] toRoom, int at) {
                Arrays.fill(taken, false);
                for (int k = 0; k < staying; k++) {
                    taken[p.roomOf(stay[k])] = true;
                }
                int homeless = 0;
                for (int k = 0; k < arriving; k++) {
                    int l = chain[k];
                    int room = p.roomOf(l);
                    if (taken[room]) {
                        without[homeless++] = l;
                    } else {
                        taken[room] = true;
                        moved[at] = l;
                        toSlot[at] = slot;
                        toRoom[at++] = room;
                    }
                }
                for (int k = 0; k < homeless; k++) {
                    // the free room that costs least: seats short, plus one if no other lecture of the course
                    // is in it; among equals the smallest, to keep large rooms for large courses
                    int l = without[k];
                    int best = -1;
                    int bestCost = Integer.MAX_VALUE;
                    int students = x.students[course[l]];
                    int[] siblings = x.byCourse[course[l]];
                    for (int r = 0; r < taken.length; r++) {
                        if (taken[r]) {
                            continue;
                        }
                        int cost = Math.max(0, students - x.capacity[r]);
                        boolean used = false;
                        for (int sibling : siblings) {
                            if (sibling != l && p.roomOf(sibling) == r) {
                                used = true;
                                break;
                            }
                        }
                        cost += used ? 0 : 1;
                        if (cost < bestCost || cost == bestCost && x.capacity[r] < x.capacity[best]) {
                            best = r;
                            bestCost = cost;
                        }
                    }
                    int room = best < 0 ? p.roomOf(l) : best;
                    taken[room] = true;
                    moved[at] = l;
                    toSlot[at] = slot;
                    toRoom[at++] = room;
                }
                return at;
            }
        };
    }
}
