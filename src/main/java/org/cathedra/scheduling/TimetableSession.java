package org.cathedra.scheduling;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.cathedra.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * One class meeting of an offering: a date and a time span local to the institute, a room, its teachers, and its
 * attendees (the offering's enrolled students and/or named cohorts). An occurrence of a weekly series carries the
 * series id and may be cancelled or moved alone. Drafts are seen by the office only; {@code sequence} counts the
 * changes made after publication (the iCalendar SEQUENCE).
 */
@Entity
@Table(name = "timetable_session")
public class TimetableSession extends AbstractEntity {

    public static final int REASON_MAX = 500;

    @Column(name = "offering_id", nullable = false)
    private long offeringId;

    @Column(name = "series_id")
    private @Nullable Long seriesId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SessionKind kind;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_period")
    private @Nullable Integer startPeriod;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(name = "room_id", nullable = false)
    private long roomId;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_feature", length = 20)
    private @Nullable RoomFeature requiredFeature;

    @Column(name = "include_enrolled", nullable = false)
    private boolean includeEnrolled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_teacher", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "teacher_id", nullable = false)
    private Set<Long> teacherIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_group", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "cohort", nullable = false, length = 40)
    private Set<String> cohorts = new LinkedHashSet<>();

    @Column(nullable = false)
    private boolean published;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(nullable = false)
    private boolean moved;

    @Column(nullable = false)
    private int sequence;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "override_reason", length = REASON_MAX)
    private @Nullable String overrideReason;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TimetableSession() {
    }

    public TimetableSession(long offeringId, @Nullable Long seriesId, SessionDraft draft, LocalDate date, LocalTime[] span,
            Instant now) {
        this.offeringId = offeringId;
        this.seriesId = seriesId;
        this.published = draft.publish();
        apply(draft, date, span, now);
    }

    /** Takes the draft's values; a published occurrence of a series that changes date or time counts as moved. */
    void apply(SessionDraft draft, LocalDate onDate, LocalTime[] span, Instant now) {
        boolean timeChanged = date != null && (!date.equals(onDate) || !startsAt.equals(span[0])
                || !endsAt.equals(span[1]));
        if (seriesId != null && timeChanged) {
            moved = true;
        }
        if (published && date != null) {
            sequence++;
        }
        this.kind = draft.kind();
        this.date = onDate;
        this.startPeriod = draft.startPeriod();
        this.startsAt = span[0];
        this.endsAt = span[1];
        this.roomId = draft.roomId();
        this.requiredFeature = draft.requiredFeature();
        this.includeEnrolled = draft.includeEnrolled();
        this.teacherIds = new LinkedHashSet<>(draft.teacherIds());
        this.cohorts = new TreeSet<>(draft.cohorts());
        this.overrideReason = draft.overrideReason();
        this.changedAt = now;
    }

    /** Publishes a draft; true if it was a draft. */
    boolean publish(Instant now) {
        if (published) {
            return false;
        }
        published = true;
        changedAt = now;
        return true;
    }

    /** Records why the office keeps this session despite its conflicts. */
    void override(String reason) {
        overrideReason = reason;
    }

    /** Cancels this one occurrence: it stays in the timetable (and the feeds) marked cancelled and frees its room. */
    void cancel(Instant now) {
        if (!cancelled) {
            cancelled = true;
            if (published) {
                sequence++;
            }
            changedAt = now;
        }
    }

    /** Pins the session where it is (automatic timetabling leaves it alone) or unpins it; true if that changed. */
    boolean pin(boolean pin, Instant now) {
        if (pinned == pin) {
            return false;
        }
        pinned = pin;
        changedAt = now;
        return true;
    }

    /** Whether this session overlaps {@code other}'s time; touching end to start does not. */
    public boolean overlaps(LocalDate otherDate, LocalTime otherStart, LocalTime otherEnd) {
        return date.equals(otherDate) && startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
    }

    /** A short description for the audit trail. */
    public String describe() {
        return kind + " " + date + " " + startsAt + "-" + endsAt + " room " + roomId + " teachers " + teacherIds
                + " groups " + cohorts + (includeEnrolled ? " +enrolled" : "") + (published ? ", published" : ", draft")
                + (cancelled ? ", cancelled" : "") + (pinned ? ", pinned" : "") + (overrideReason == null ? "" : ", override: " + overrideReason);
    }

    public long getOfferingId() {
        return offeringId;
    }

    public @Nullable Long getSeriesId() {
        return seriesId;
    }

    public SessionKind getKind() {
        return kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public @Nullable Integer getStartPeriod() {
        return startPeriod;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public long getRoomId() {
        return roomId;
    }

    public @Nullable RoomFeature getRequiredFeature() {
        return requiredFeature;
    }

    public boolean isIncludeEnrolled() {
        return includeEnrolled;
    }

    public Set<Long> getTeacherIds() {
        return Set.copyOf(teacherIds);
    }

    public Set<String> getCohorts() {
        return new TreeSet<>(cohorts);
    }

    public boolean isPublished() {
        return published;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isMoved() {
        return moved;
    }

    public int getSequence() {
        return sequence;
    }

    public @Nullable String getOverrideReason() {
        return overrideReason;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
