package org.cathedra.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cathedra.scheduling.PeriodGrid;
import org.cathedra.scheduling.SessionDraft;
import org.cathedra.scheduling.SessionKind;
import org.cathedra.scheduling.TimetableSession;

/**
 * Extra seminars the office has only sketched for the second week of the autumn term: one for each of the first
 * courses of the first-year genetics residents, all left as drafts on Monday's first two periods, where they clash.
 * The administrator's "Solve" has them to place.
 */
final class DemoDrafts {

    static final LocalDate MONDAY = LocalDate.of(2026, 9, 14);
    static final String COHORT = "RES-GEN-2026";
    private static final int SEMINARS = 4;

    private DemoDrafts() {
    }

    static void write(EntityManager em) {
        List<TimetableSession> week = em.createQuery("""
                select distinct s from TimetableSession s join s.cohorts c
                where s.date between :from and :to and c = :cohort and s.published = true
                order by s.date, s.startsAt, s.id
                """, TimetableSession.class).setParameter("from", MONDAY).setParameter("to", MONDAY.plusDays(4))
                .setParameter("cohort", COHORT).getResultList();
        Map<Long, TimetableSession> byOffering = new LinkedHashMap<>();
        week.forEach(s -> byOffering.putIfAbsent(s.getOfferingId(), s));
        Instant written = LocalDate.of(2026, 8, 28).atStartOfDay().toInstant(ZoneOffset.UTC);
        PeriodGrid grid = PeriodGrid.standard();
        byOffering.values().stream().limit(SEMINARS).forEach(s -> {
            SessionDraft draft = new SessionDraft(s.getOfferingId(), SessionKind.SEMINAR, MONDAY, 1, 2, null, null,
                    s.getRoomId(), s.getRequiredFeature(), s.getTeacherIds(), s.getCohorts(), false, null, false,
                    null);
            em.persist(new TimetableSession(s.getOfferingId(), null, draft, MONDAY, grid.span(1, 2), written));
        });
    }
}
