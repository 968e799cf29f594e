package org.cathedra.scheduling.solving;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cathedra.catalog.Term;
import org.cathedra.scheduling.Room;
import org.cathedra.scheduling.RoomFeature;
import org.cathedra.scheduling.ScheduleFixture;
import org.cathedra.scheduling.SessionDraft;
import org.cathedra.scheduling.SessionKind;
import org.cathedra.scheduling.TimetableService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A week of its own in the demo autumn term with three draft seminars of one group all on Monday's first periods
 * (saved over their clashes, as a sketch), one needing the molecular lab, and a published session pinned on
 * Tuesday. Call as an administrator.
 */
@Component
public class SolveScenario {

    private final ScheduleFixture fixture;
    private final TimetableService timetable;
    private final EntityManager em;

    SolveScenario(ScheduleFixture fixture, TimetableService timetable, EntityManager em) {
        this.fixture = fixture;
        this.timetable = timetable;
        this.em = em;
    }

    /** The sessions made, by role. */
    public record Week(long termId, LocalDate monday, long first, long second, long lab, long pinned,
            List<Long> all) {
    }

    public Week build() {
        long t1 = fixture.teacher();
        long t2 = fixture.teacher();
        long o1 = fixture.offering(t1);
        long o2 = fixture.offering(t2);
        long o3 = fixture.offering(t1);
        String group = fixture.cohort(6).name();
        Room seminar = fixture.room(20, RoomFeature.SEMINAR_ROOM);
        Room lab = fixture.room(10, RoomFeature.MOLECULAR_LAB);
        LocalDate monday = fixture.week();
        long first = save(o1, monday, 1, seminar, t1, group, null, false);
        long second = save(o2, monday, 1, seminar, t2, group, null, false);
        long inLab = save(o3, monday, 1, lab, t1, group, RoomFeature.MOLECULAR_LAB, false);
        long pinned = save(o1, monday.plusDays(1), 1, seminar, t1, group, null, true);
        timetable.pin(pinned, timetable.get(pinned).version(), true);
        return new Week(autumn(), monday, first, second, inLab, pinned, List.of(first, second, inLab, pinned));
    }

    private long save(long offering, LocalDate date, int period, Room room, long teacher, String group,
            @Nullable RoomFeature needs, boolean publish) {
        return timetable.save(null, 0, new SessionDraft(offering, SessionKind.SEMINAR, date, period, 2, null, null,
                room.getId(), needs, Set.of(teacher), Set.of(group), false, null, publish, "a first sketch"))
                .getFirst();
    }

    @Transactional(readOnly = true)
    public long autumn() {
        return em.createQuery("select t.id from Term t where t.academicYear = 2026 and t.part = :part", Long.class)
                .setParameter("part", Term.Part.AUTUMN).getSingleResult();
    }
}
