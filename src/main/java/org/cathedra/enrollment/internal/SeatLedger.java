package org.cathedra.enrollment.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cathedra.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The seat counter of each offering (table offering_seats, one row per offering, created with the offering by a
 * trigger). Every change is one conditional UPDATE, so that two people can never take the last seat: one row
 * updated means the seat was taken, none means the offering is full. Nothing is read and written back in Java.
 */
@Component
public class SeatLedger {

    private final EntityManager em;

    SeatLedger(EntityManager em) {
        this.em = em;
    }

    /** Takes a seat if one is left; false when the offering is full. */
    public boolean take(long offeringId) {
        return em.createNativeQuery(
                "update offering_seats set taken = taken + 1 where offering_id = ?1 and taken < capacity")
                .setParameter(1, offeringId).executeUpdate() == 1;
    }

    /** Takes a seat beyond capacity, counted as an override. */
    public void takeOverCapacity(long offeringId) {
        int updated = em.createNativeQuery(
                "update offering_seats set taken = taken + 1, overridden = overridden + 1 where offering_id = ?1")
                .setParameter(1, offeringId).executeUpdate();
        if (updated != 1) {
            throw new NotFoundException("enrollment.record.offering", offeringId);
        }
    }

    /** Gives a seat back; an override seat also lowers the override count. */
    public void release(long offeringId, boolean override) {
        em.createNativeQuery(override
                ? "update offering_seats set taken = taken - 1, overridden = overridden - 1 where offering_id = ?1"
                : "update offering_seats set taken = taken - 1 where offering_id = ?1")
                .setParameter(1, offeringId).executeUpdate();
    }

    /** Capacity, seats taken and whether the offering admits by application. */
    public Counter counter(long offeringId) {
        List<?> rows = em.createNativeQuery(
                "select capacity, taken, by_application from offering_seats where offering_id = ?1")
                .setParameter(1, offeringId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("enrollment.record.offering", offeringId);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Counter(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), truthy(row[2]));
    }

    /** The counters of several offerings at once, by offering id. */
    public Map<Long, Counter> counters(Collection<Long> offeringIds) {
        Map<Long, Counter> counters = new HashMap<>();
        if (offeringIds.isEmpty()) {
            return counters;
        }
        for (Object found : em.createNativeQuery("""
                select offering_id, capacity, taken, by_application from offering_seats
                where offering_id in (?1)""").setParameter(1, offeringIds).getResultList()) {
            Object[] row = (Object[]) found;
            counters.put(((Number) row[0]).longValue(), new Counter(((Number) row[1]).intValue(),
                    ((Number) row[2]).intValue(), truthy(row[3])));
        }
        return counters;
    }

    /** Admits to the offering by application (decided on) or directly. */
    public void admitByApplication(long offeringId, boolean byApplication) {
        em.createNativeQuery("update offering_seats set by_application = ?2 where offering_id = ?1")
                .setParameter(1, offeringId).setParameter(2, byApplication).executeUpdate();
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    /** An offering's seats: {@code taken} may exceed {@code capacity} by overrides. */
    public record Counter(int capacity, int taken, boolean byApplication) {

        public int left() {
            return Math.max(0, capacity - taken);
        }
    }
}
