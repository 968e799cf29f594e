package org.cathedra.scheduling.timetabling;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Kempe-chain moves: a lecture goes to another period, the lectures there that clash with it (same course,
 * teacher or curriculum) come to its period, those that clash with them go back, and so on until no clash is
 * left; so a feasible timetable stays free of conflicts. Each lecture keeps its room when that room is free in
 * its new period, and otherwise takes the free room that costs least in seats short and room stability.
 */
public final class KempeMoves extends IndexedMoves {

    @Override
    int placesPerLecture(ItcTimetable t) {
        return t.getSlots().size();
    }

    @Override
    Iterator<ReassignMove> moves(MoveIndex x, ScoreDirector<ItcTimetable> scoreDirector, Random random) {
        List<Lecture> lectures = x.lectures;
        List<Slot> slots = x.slots;
        List<ItcInstance.Room> rooms = x.rooms;
        boolean[][] clash = x.clash;
        int[] course = x.course;
        Map<Lecture, Integer> index = x.position;
        return new Iterator<>() {

            // the timetable stays as it is while one iterator is in use (a step's moves are undone), so the
            // lectures of each period are gathered once, when the first move is asked for
            private List<List<Lecture>> bySlot;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ReassignMove next() {
                Lecture start = lectures.get(random.nextInt(lectures.size()));
                Slot from = start.getSlot();
                Slot to = slots.get(random.nextInt(slots.size()));
                if (from == null || start.getRoom() == null || from.equals(to)) {
                    return new ReassignMove(List.of(), List.of(), List.of());
                }
                if (bySlot == null) {
                    bySlot = x.lecturesBySlot();
                }
                List<Lecture> atFrom = new ArrayList<>(bySlot.get(x.slotNumber(from)));
                atFrom.remove(start);
                List<Lecture> atTo = new ArrayList<>(bySlot.get(x.slotNumber(to)));
                List<Lecture> goTo = new ArrayList<>(List.of(start));
                List<Lecture> goFrom = new ArrayList<>();
                int doneTo = 0;
                int doneFrom = 0;
                while (doneTo < goTo.size() || doneFrom < goFrom.size()) {
                    for (; doneTo < goTo.size(); doneTo++) {
                        pull(course[index.get(goTo.get(doneTo))], atTo, goFrom);
                    }
                    for (; doneFrom < goFrom.size(); doneFrom++) {
                        pull(course[index.get(goFrom.get(doneFrom))], atFrom, goTo);
                    }
                }
                List<Lecture> moved = new ArrayList<>(goTo.size() + goFrom.size());
                List<Slot> newSlots = new ArrayList<>(goTo.size() + goFrom.size());
                List<ItcInstance.Room> newRooms = new ArrayList<>(goTo.size() + goFrom.size());
                place(goTo, to, atTo, moved, newSlots, newRooms);
                place(goFrom, from, atFrom, moved, newSlots, newRooms);
                return new ReassignMove(moved, newSlots, newRooms);
            }

            /** Moves every lecture of {@code there} that clashes with course {@code c} into {@code chain}. */
            private void pull(int c, List<Lecture> there, List<Lecture> chain) {
                for (int i = there.size() - 1; i >= 0; i--) {
                    Lecture l = there.get(i);
                    if (clash[c][course[index.get(l)]]) {
                        chain.add(l);
                        there.remove(i);
                    }
                }
            }

            /** {@code arriving} go to {@code slot}, where {@code staying} keep their rooms. */
            private void place(List<Lecture> arriving, Slot slot, List<Lecture> staying,
                    List<Lecture> moved, List<Slot> newSlots, List<ItcInstance.Room> newRooms) {
                List<ItcInstance.Room> taken = new ArrayList<>(staying.size() + arriving.size());
                staying.forEach(l -> taken.add(l.getRoom()));
                List<Lecture> homeless = new ArrayList<>();
                for (Lecture l : arriving) {
                    if (taken.contains(l.getRoom())) {
                        homeless.add(l);
                    } else {
                        taken.add(l.getRoom());
                        moved.add(l);
                        newSlots.add(slot);
                        newRooms.add(l.getRoom());
                    }
                }
                for (Lecture l : homeless) {
                    // the free room that costs least: seats short, plus one if no other lecture of the course
                    // is in it; among equals the smallest, to keep large rooms for large courses
                    ItcInstance.Room best = null;
                    int bestCost = Integer.MAX_VALUE;
                    int students = l.getCourse().students();
                    List<Lecture> siblings = x.siblings(l);
                    for (ItcInstance.Room r : rooms) {
                        if (taken.contains(r)) {
                            continue;
                        }
                        int cost = Math.max(0, students - r.capacity());
                        boolean used = false;
                        for (Lecture sibling : siblings) {
                            if (sibling != l && r.equals(sibling.getRoom())) {
                                used = true;
                                break;
                            }
                        }
                        cost += used ? 0 : 1;
                        if (cost < bestCost || cost == bestCost && r.capacity() < best.capacity()) {
                            best = r;
                            bestCost = cost;
                        }
                    }
                    ItcInstance.Room room = best == null ? l.getRoom() : best;
                    taken.add(room);
                    moved.add(l);
                    newSlots.add(slot);
                    newRooms.add(room);
                }
            }
        };
    }
}
