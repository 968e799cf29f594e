package org.cathedra.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * When students may enroll: for all offerings of a term, or for one offering (which then wins over its term's
 * window). Withdrawals by students are accepted until {@code withdrawUntil}. Instants in UTC. An offering with no
 * window at all is closed to students; the office can still enroll people.
 */
@Entity
@Table(name = "enrollment_window")
public class EnrollmentWindow extends AbstractEntity {

    @Column(name = "term_id", nullable = false)
    private long termId;

    @Column(name = "offering_id")
    private @Nullable Long offeringId;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "withdraw_until", nullable = false)
    private Instant withdrawUntil;

    protected EnrollmentWindow() {
    }

    public EnrollmentWindow(long termId, @Nullable Long offeringId, Instant opensAt, Instant closesAt,
            Instant withdrawUntil) {
        this.termId = termId;
        this.offeringId = offeringId;
        define(opensAt, closesAt, withdrawUntil);
    }

    /** Sets the dates; the window must close after it opens, and withdrawal cannot end before it opens. */
    public void define(Instant opensAt, Instant closesAt, Instant withdrawUntil) {
        if (opensAt == null || closesAt == null || withdrawUntil == null) {
            throw new DomainException("error.required", "enrollment.window");
        }
        if (!closesAt.isAfter(opensAt) || withdrawUntil.isBefore(opensAt)) {
            throw new DomainException("error.enrollment.windowOrder");
        }
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.withdrawUntil = withdrawUntil;
    }

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public long getTermId() {
        return termId;
    }

    public @Nullable Long getOfferingId() {
        return offeringId;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getWithdrawUntil() {
        return withdrawUntil;
    }
}
