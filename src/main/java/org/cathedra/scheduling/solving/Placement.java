package org.cathedra.scheduling.solving;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Set;
import org.cathedra.scheduling.RoomFeature;
import org.jspecify.annotations.Nullable;

/**
 * One session of the week as the solver places it: its length in periods, who attends and teaches, what room it
 * needs, and where it is now. Sessions pinned by hand, sessions of other terms and sessions set at free times keep
 * their place ({@link #isPinned()}) but still take their teachers, groups and room.
 */
@PlanningEntity
public class Placement {

    @PlanningId
    private Long sessionId;
    private long version;
    private long offeringId;
    private String label;
    private int hours;
    private int periodsPerDay;
    private Set<Long> teacherIds;
    private Set<String> cohorts;
    private Set<Long> students;
    private @Nullable RoomFeature requiredFeature;
    private boolean published;
    @PlanningPin
    private boolean pinned;
    private Timeslot originalSlot;
    private Venue originalRoom;

    @PlanningVariable
    private @Nullable Timeslot slot;

    @PlanningVariable
    private @Nullable Venue room;

    Placement() {
    }

    /** A session at {@code slot} in {@code room}; it stays there if {@code pinned}. */
    public Placement(long sessionId, long version, long offeringId, String label, int hours, int periodsPerDay,
            Set<Long> teacherIds, Set<String> cohorts, Set<Long> students, @Nullable RoomFeature requiredFeature,
            boolean published, boolean pinned, Timeslot slot, Venue room) {
        this.sessionId = sessionId;
        this.version = version;
        this.offeringId = offeringId;
        this.label = label;
        this.hours = hours;
        this.periodsPerDay = periodsPerDay;
        this.teacherIds = Set.copyOf(teacherIds);
        this.cohorts = Set.copyOf(cohorts);
        this.students = Set.copyOf(students);
        this.requiredFeature = requiredFeature;
        this.published = published;
        this.pinned = pinned;
        this.originalSlot = slot;
        this.originalRoom = room;
        this.slot = slot;
        this.room = room;
    }

    /** The first period taken. */
    public int first() {
        return slot == null ? 0 : slot.period();
    }

    /** The period after the last one taken. */
    public int end() {
        return first() + hours;
    }

    /** How many periods this and {@code other} share, on the same day. */
    public int overlap(Placement other) {
        if (slot == null || other.slot == null || slot.day() != other.slot.day()) {
            return 0;
        }
        return Math.max(0, Math.min(end(), other.end()) - Math.max(first(), other.first()));
    }

    /** Whether the solver put this session somewhere else than it is now. */
    public boolean isMoved() {
        return !originalSlot.equals(slot) || !originalRoom.equals(room);
    }

    public Long getSessionId() {
        return sessionId;
    }

    public long getVersion() {
        return version;
    }

    public long getOfferingId() {
        return offeringId;
    }

    public String getLabel() {
        return label;
    }

    public int getHours() {
        return hours;
    }

    public int getPeriodsPerDay() {
        return periodsPerDay;
    }

    public Set<Long> getTeacherIds() {
        return teacherIds;
    }

    public Set<String> getCohorts() {
        return cohorts;
    }

    public Set<Long> getStudents() {
        return students;
    }

    public @Nullable RoomFeature getRequiredFeature() {
        return requiredFeature;
    }

    public boolean isPublished() {
        return published;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Timeslot getOriginalSlot() {
        return originalSlot;
    }

    public Venue getOriginalRoom() {
        return originalRoom;
    }

    public @Nullable Timeslot getSlot() {
        return slot;
    }

    public void setSlot(@Nullable Timeslot slot) {
        this.slot = slot;
    }

    public @Nullable Venue getRoom() {
        return room;
    }

    public void setRoom(@Nullable Venue room) {
        this.room = room;
    }

    @Override
    public String toString() {
        return label + "@" + slot + "/" + room;
    }
}
