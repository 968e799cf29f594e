package org.cathedra.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A student's place in one offering. One row per student and offering: a withdrawn, rejected or expired
 * enrollment is re-activated by enrolling again, and the audit trail keeps its history. ENROLLED and OFFERED
 * hold a seat of the offering's counter; the others do not.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment extends AbstractEntity {

    public static final int REASON_MAX = 500;

    @Column(name = "student_id", nullable = false, updatable = false)
    private long studentId;

    @Column(name = "offering_id", nullable = false, updatable = false)
    private long offeringId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(name = "queued_at")
    private @Nullable Instant queuedAt;

    @Column(name = "offer_expires_at")
    private @Nullable Instant offerExpiresAt;

    @Column(nullable = false)
    private boolean overridden;

    @Column(length = REASON_MAX)
    private @Nullable String reason;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Enrollment() {
    }

    /** A new enrollment; its status is set by {@link #enrol}, {@link #queue} or {@link #apply} right after. */
    public Enrollment(long studentId, long offeringId, Kind kind, Instant now) {
        this.studentId = studentId;
        this.offeringId = offeringId;
        this.kind = kind;
        this.status = Status.WITHDRAWN;
        this.changedAt = now;
    }

    /** Whether the enrollment may start again: it ended (withdrawn, rejected or expired) or was never started. */
    public void checkCanStart() {
        if (status.isActive()) {
            throw new DomainException("error.enrollment.already", "enrollment.status." + status.name());
        }
    }

    /** Takes the seat counted for it: enrolled, over capacity when {@code overrideReason} is given. */
    public void enrol(Instant now, @Nullable String overrideReason) {
        checkCanStart();
        restart(Status.ENROLLED, now);
        this.overridden = overrideReason != null;
        this.reason = overrideReason;
    }

    /** Waits for a seat, in order of {@code now}. */
    public void queue(Instant now) {
        checkCanStart();
        restart(Status.WAITLISTED, now);
        this.queuedAt = now;
    }

    /** Applies; someone who teaches the offering or the office decides. */
    public void apply(Instant now) {
        checkCanStart();
        restart(Status.APPLIED, now);
        this.kind = Kind.APPLICATION;
    }

    /** An approved application: enrolled when a seat was taken, else waitlisted. */
    public void approve(boolean seatTaken, String reason, Instant now) {
        require(Status.APPLIED);
        this.status = seatTaken ? Status.ENROLLED : Status.WAITLISTED;
        this.queuedAt = seatTaken ? null : now;
        this.reason = reason;
        this.changedAt = now;
    }

    public void reject(String reason, Instant now) {
        require(Status.APPLIED);
        this.status = Status.REJECTED;
        this.reason = reason;
        this.changedAt = now;
    }

    /** A freed seat is held for this waitlisted student until {@code expiresAt}. */
    public void offer(Instant expiresAt, Instant now) {
        require(Status.WAITLISTED);
        this.status = Status.OFFERED;
        this.offerExpiresAt = expiresAt;
        this.changedAt = now;
    }

    /** The student takes the offered seat, before the offer expires. */
    public void accept(Instant now) {
        require(Status.OFFERED);
        if (offerExpiresAt != null && !now.isBefore(offerExpiresAt)) {
            throw new DomainException("error.enrollment.offerExpired");
        }
        this.status = Status.ENROLLED;
        this.offerExpiresAt = null;
        this.queuedAt = null;
        this.changedAt = now;
    }

    /** The offer ran out; its seat goes to the next in the waitlist. */
    public void expire(Instant now) {
        require(Status.OFFERED);
        this.status = Status.EXPIRED;
        this.changedAt = now;
    }

    /** Leaves the offering; returns whether a seat was held (and must be given back). */
    public boolean withdraw(String reason, Instant now) {
        if (!status.isActive()) {
            throw new DomainException("error.enrollment.notActive", "enrollment.status." + status.name());
        }
        boolean heldSeat = status.holdsSeat();
        this.status = Status.WITHDRAWN;
        this.reason = reason;
        this.offerExpiresAt = null;
        this.queuedAt = null;
        this.changedAt = now;
        return heldSeat;
    }

    private void restart(Status next, Instant now) {
        this.status = next;
        this.queuedAt = null;
        this.offerExpiresAt = null;
        this.overridden = false;
        this.reason = null;
        this.changedAt = now;
    }

    private void require(Status expected) {
        if (status != expected) {
            throw new DomainException("error.enrollment.wrongStatus", "enrollment.status." + status.name());
        }
    }

    /**
     * A new direct enrollment written with others in one statement (see {@code GroupAdmission}): enrolled when it
     * took a seat, else waitlisted; detached, with the id the database gave it.
     */
    public static Enrollment writtenTogether(long id, long studentId, long offeringId, boolean seatTaken,
            Instant now) {
        Enrollment enrollment = new Enrollment(studentId, offeringId, Kind.DIRECT, now);
        if (seatTaken) {
            enrollment.enrol(now, null);
        } else {
            enrollment.queue(now);
        }
        enrollment.written(id);
        return enrollment;
    }

    /** A short description of the state, for the audit trail. */
    public String describe() {
        return "status=" + status + (overridden ? ", override" : "")
                + (offerExpiresAt == null ? "" : ", offer until " + offerExpiresAt);
    }

    public long getStudentId() {
        return studentId;
    }

    public long getOfferingId() {
        return offeringId;
    }

    public Status getStatus() {
        return status;
    }

    public Kind getKind() {
        return kind;
    }

    public @Nullable Instant getQueuedAt() {
        return queuedAt;
    }

    public @Nullable Instant getOfferExpiresAt() {
        return offerExpiresAt;
    }

    public boolean isOverridden() {
        return overridden;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** Where an enrollment stands. */
    public enum Status {
        APPLIED, ENROLLED, WAITLISTED, OFFERED, REJECTED, WITHDRAWN, EXPIRED;

        public static final Set<Status> ACTIVE = EnumSet.of(APPLIED, ENROLLED, WAITLISTED, OFFERED);

        public boolean isActive() {
            return ACTIVE.contains(this);
        }

        public boolean holdsSeat() {
            return this == ENROLLED || this == OFFERED;
        }
    }

    /** Enrolled directly (first come, first served) or through an application that is decided on. */
    public enum Kind { DIRECT, APPLICATION }
}
