package org.cathedra.enrollment;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the waitlist's clockwork every few minutes ({@code cathedra.enrollment.expiry-check}, default 5 minutes).
 * Each job holds a lock row in the database while it runs, so with several application nodes only one node works
 * on the waitlists at a time and an offer is never passed on twice.
 */
@Component
class WaitlistJobs {

    private final OfferExpiry expiry;

    WaitlistJobs(OfferExpiry expiry) {
        this.expiry = expiry;
    }

    @Scheduled(fixedDelayString = "${cathedra.enrollment.expiry-check:PT5M}",
            initialDelayString = "${cathedra.enrollment.expiry-check:PT5M}")
    @SchedulerLock(name = "enrollment.expireOverdueOffers")
    public void expireOverdueOffers() {
        expiry.expireOverdueOffers();
    }

    @Scheduled(fixedDelayString = "${cathedra.enrollment.expiry-check:PT5M}",
            initialDelayString = "${cathedra.enrollment.expiry-check:PT5M}")
    @SchedulerLock(name = "enrollment.offerFreeSeats")
    public void offerFreeSeats() {
        expiry.offerFreeSeats();
    }
}
