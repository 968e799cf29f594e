package org.cathedra.scheduling.timetabling;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Puts each of several lectures into a given period and room at once (the custom neighbourhoods' move). */
public final class ReassignMove extends AbstractMove<ItcTimetable> {

    private final List<Lecture> lectures;
    private final List<Slot> slots;
    private final List<ItcInstance.Room> rooms;

    ReassignMove(List<Lecture> lectures, List<Slot> slots, List<ItcInstance.Room> rooms) {
        this.lectures = lectures;
        this.slots = slots;
        this.rooms = rooms;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<ItcTimetable> scoreDirector) {
        for (int i = 0; i < lectures.size(); i++) {
            Lecture l = lectures.get(i);
            if (!Objects.equals(l.getSlot(), slots.get(i)) || !Objects.equals(l.getRoom(), rooms.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<ItcTimetable> scoreDirector) {
        for (int i = 0; i < lectures.size(); i++) {
            Lecture l = lectures.get(i);
            Slot slot = slots.get(i);
            ItcInstance.Room room = rooms.get(i);
            boolean newSlot = !Objects.equals(l.getSlot(), slot);
            boolean newRoom = !Objects.equals(l.getRoom(), room);
            // both changes announced before either is made: the score takes the lecture out and puts it back once
            if (newSlot) {
                scoreDirector.beforeVariableChanged(l, "slot");
            }
            if (newRoom) {
                scoreDirector.beforeVariableChanged(l, "room");
            }
            if (newSlot) {
                l.setSlot(slot);
            }
            if (newRoom) {
                l.setRoom(room);
            }
            if (newSlot) {
                scoreDirector.afterVariableChanged(l, "slot");
            }
            if (newRoom) {
                scoreDirector.afterVariableChanged(l, "room");
            }
        }
    }

    @Override
    public Collection<? extends Object> getPlanningEntities() {
        return lectures;
    }

    @Override
    public Collection<? extends Object> getPlanningValues() {
        return rooms;
    }

    @Override
    public String toString() {
        return "reassign " + lectures + " -> " + slots + " " + rooms;
    }
}
