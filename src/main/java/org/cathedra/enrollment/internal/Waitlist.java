package org.cathedra.enrollment.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cathedra.enrollment.Enrollment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Passes freed seats on. A seat given back by a withdrawal, a declined or an expired offer is offered to the first
 * person of the waitlist in the same transaction; the offer holds the seat for {@code cathedra.enrollment.offer-hours}
 * (48 by default). Rows already locked by a concurrent promotion are skipped, so two freed seats go to two people.
 */
@Component
public class Waitlist {

    private final EntityManager em;
    private final SeatLedger seats;
    private final Journal journal;
    private final Clock clock;
    private final Duration offerValidity;

    Waitlist(EntityManager em, SeatLedger seats, Journal journal, Clock clock,
            @Value("${cathedra.enrollment.offer-hours:48}") long offerHours) {
        this.em = em;
        this.seats = seats;
        this.journal = journal;
        this.clock = clock;
        this.offerValidity = Duration.ofHours(offerHours);
    }

    /** Gives back the seat {@code left} held and offers it to the first waitlisted person, if the seat is free. */
    public void seatFreedBy(Enrollment left, boolean overrideSeat) {
        seats.release(left.getOfferingId(), overrideSeat);
        promoteNext(left.getOfferingId());
    }

    /** Offers every free seat to the people waiting, where a capacity was raised; returns how many were offered. */
    public int offerFreeSeats() {
        List<?> offerings = em.createNativeQuery("""
                select s.offering_id from offering_seats s where s.taken < s.capacity
                  and exists (select 1 from enrollment e where e.offering_id = s.offering_id and e.status = 'WAITLISTED')
                """).getResultList();
        int offered = 0;
        for (Object offering : offerings) {
            while (promoteNext(((Number) offering).longValue())) {
                offered++;
            }
        }
        return offered;
    }

    /** Offers a free seat of the offering to the first waitlisted person; false if nobody waits or no seat is free. */
    public boolean promoteNext(long offeringId) {
        List<?> next = em.createNativeQuery("""
                select id from enrollment where offering_id = ?1 and status = 'WAITLISTED'
                order by queued_at, id limit 1 for update skip locked""")
                .setParameter(1, offeringId).getResultList();
        if (next.isEmpty() || !seats.take(offeringId)) {
            return false;
        }
        Enrollment first = em.find(Enrollment.class, ((Number) next.get(0)).longValue(),
                LockModeType.PESSIMISTIC_WRITE);
        String before = first.describe();
        Instant now = clock.instant();
        first.offer(now.plus(offerValidity), now);
        journal.changed(first, "offered", before, null);
        journal.tell(first, "offered", null);
        return true;
    }
}
