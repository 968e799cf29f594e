package org.cathedra.enrollment;

import java.time.Clock;
import java.util.List;
import org.cathedra.enrollment.internal.EnrollmentRepository;
import org.cathedra.enrollment.internal.Journal;
import org.cathedra.enrollment.internal.Waitlist;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expires offered seats nobody accepted in time and passes each seat on to the next person waiting; also offers
 * the seats a raised capacity has freed to the people waiting. {@link WaitlistJobs} runs both on a schedule.
 */
@Component
public class OfferExpiry {

    private static final int BATCH = 200;

    private final EnrollmentRepository enrollments;
    private final Waitlist waitlist;
    private final Journal journal;
    private final Clock clock;

    OfferExpiry(EnrollmentRepository enrollments, Waitlist waitlist, Journal journal, Clock clock) {
        this.enrollments = enrollments;
        this.waitlist = waitlist;
        this.journal = journal;
        this.clock = clock;
    }

    /** Expires the offers overdue by the clock (at most one batch per run); returns how many expired. */
    @Transactional
    public int expireOverdueOffers() {
        List<Enrollment> overdue = enrollments.overdueOffers(clock.instant(), PageRequest.of(0, BATCH));
        for (Enrollment offer : overdue) {
            String before = offer.describe();
            offer.expire(clock.instant());
            enrollments.saveAndFlush(offer);
            journal.changed(offer, "expired", before, null);
            journal.tell(offer, "expired", null);
            waitlist.seatFreedBy(offer, false);
        }
        return overdue.size();
    }

    /** Offers seats freed by raised capacities to the people waiting; returns how many were offered. */
    @Transactional
    public int offerFreeSeats() {
        return waitlist.offerFreeSeats();
    }
}
