package org.cathedra.scheduling.timetabling;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.jspecify.annotations.Nullable;

/** One weekly lecture of a course: the solver chooses its slot and its room. */
@PlanningEntity
public class Lecture {

    @PlanningId
    private String id = "";
    private ItcInstance.Course course = new ItcInstance.Course("", "", 0, 0, 0);

    @PlanningVariable
    private @Nullable Slot slot;

    @PlanningVariable
    private ItcInstance.@Nullable Room room;

    public Lecture() {
        // for the solver's cloning
    }

    public Lecture(String id, ItcInstance.Course course) {
        this.id = id;
        this.course = course;
    }

    public String getId() {
        return id;
    }

    public ItcInstance.Course getCourse() {
        return course;
    }

    public String getCourseId() {
        return course.id();
    }

    public String getTeacher() {
        return course.teacher();
    }

    public @Nullable Slot getSlot() {
        return slot;
    }

    public void setSlot(@Nullable Slot slot) {
        this.slot = slot;
    }

    public ItcInstance.@Nullable Room getRoom() {
        return room;
    }

    public void setRoom(ItcInstance.@Nullable Room room) {
        this.room = room;
    }

    public int getDay() {
        return slot == null ? -1 : slot.day();
    }

    @Override
    public String toString() {
        return id + "@" + slot + "/" + (room == null ? null : room.id());
    }
}
