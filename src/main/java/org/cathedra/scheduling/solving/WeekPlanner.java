package org.cathedra.scheduling.solving;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.scheduling.PeriodGrid;
import org.cathedra.scheduling.Room;
import org.cathedra.scheduling.TeacherUnavailability;
import org.cathedra.scheduling.TimetableSession;
import org.cathedra.scheduling.internal.Participants;
import org.springframework.stereotype.Component;

/**
 * Reads one week of the timetable into a {@link WeekPlan}: every session of the week that is not cancelled takes
 * part, but only the term's sessions placed on the period grid and not pinned by hand may move. Call inside a
 * transaction.
 */
@Component
class WeekPlanner {

    private static final Set<DayOfWeek> WORKING_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private final EntityManager em;
    private final Participants people;
    private final PeriodGrid grid;

    WeekPlanner(EntityManager em, Participants people, PeriodGrid grid) {
        this.em = em;
        this.people = people;
        this.grid = grid;
    }

    /** The sessions of the week starting {@code monday}, by date and time. */
    List<TimetableSession> sessions(LocalDate monday) {
        return em.createQuery("""
                select s from TimetableSession s
                where s.date between :from and :to and s.cancelled = false
                order by s.date, s.startsAt, s.id
                """, TimetableSession.class).setParameter("from", monday).setParameter("to", monday.plusDays(6))
                .getResultList();
    }

    /** The offerings of a term. */
    Set<Long> offeringsOf(long termId) {
        return new HashSet<>(em.createQuery("select o.id from CourseOffering o where o.term.id = :term", Long.class)
                .setParameter("term", termId).getResultList());
    }

    /** Whether the solver may move {@code s} when solving {@code termOfferings}. */
    static boolean movable(TimetableSession s, Set<Long> termOfferings) {
        return !s.isPinned() && s.getStartPeriod() != null && termOfferings.contains(s.getOfferingId());
    }

    WeekPlan plan(long termId, LocalDate monday) {
        Set<Long> term = offeringsOf(termId);
        List<TimetableSession> sessions = sessions(monday);
        Map<Long, Venue> venues = new HashMap<>();
        em.createQuery("select r from Room r where r.active = true order by r.code", Room.class).getResultList()
                .forEach(r -> venues.put(r.getId(), venue(r)));
        Set<DayOfWeek> days = new TreeSet<>(WORKING_DAYS);
        Set<Long> teachers = new HashSet<>();
        Set<String> cohorts = new TreeSet<>();
        Map<Long, CourseOffering> offerings = people.offerings(sessions.stream().map(TimetableSession::getOfferingId)
                .distinct().toList());
        Map<Long, Set<Long>> enrolled = new HashMap<>();
        Map<Set<String>, Set<Long>> members = new HashMap<>();
        List<Placement> placements = new ArrayList<>();
        for (TimetableSession s : sessions) {
            days.add(s.getDate().getDayOfWeek());
            teachers.addAll(s.getTeacherIds());
            cohorts.addAll(s.getCohorts());
            // a room since deactivated stays under its pinned sessions but is offered to no one
            Venue room = venues.containsKey(s.getRoomId()) ? venues.get(s.getRoomId())
                    : venue(em.find(Room.class, s.getRoomId()));
            Set<Long> students = new HashSet<>(members.computeIfAbsent(s.getCohorts(), people::members));
            if (s.isIncludeEnrolled()) {
                students.addAll(enrolled.computeIfAbsent(s.getOfferingId(), people::enrolled));
            }
            int first = s.getStartPeriod() != null ? s.getStartPeriod() : grid.periodAt(s.getStartsAt());
            int hours = grid.periodAt(s.getEndsAt().minusMinutes(1)) - first + 1;
            CourseOffering o = offerings.get(s.getOfferingId());
            String label = o.getCourse().getCode() + "/" + o.getSection();
            placements.add(new Placement(s.getId(), s.getVersion(), s.getOfferingId(), label, Math.max(1, hours),
                    grid.periods(), s.getTeacherIds(), s.getCohorts(), students, s.getRequiredFeature(),
                    s.isPublished(), !movable(s, term), new Timeslot(s.getDate().getDayOfWeek(), first), room));
        }
        List<Timeslot> slots = new ArrayList<>();
        for (DayOfWeek day : days) {
            for (int p = 1; p <= grid.periods(); p++) {
                slots.add(new Timeslot(day, p));
            }
        }
        return new WeekPlan(monday, slots, new ArrayList<>(venues.values()), aways(teachers, monday),
                cohorts.stream().map(Cohort::new).toList(), placements);
    }

    /** Each period of the week in which a teacher has a recorded unavailability. */
    private List<TeacherAway> aways(Set<Long> teachers, LocalDate monday) {
        if (teachers.isEmpty()) {
            return List.of();
        }
        // weekly entries (a clinic day) and spans of dates (a congress) that reach into the week, each read as
        // the conflict rules read it
        List<TeacherUnavailability> found = em.createQuery("""
                select u from TeacherUnavailability u
                where u.teacherId in :teachers and (u.recurrence = :weekly or (u.startsAt < :to and u.endsAt > :from))
                """, TeacherUnavailability.class).setParameter("teachers", teachers)
                .setParameter("weekly", TeacherUnavailability.Recurrence.WEEKLY)
                .setParameter("from", monday.atStartOfDay()).setParameter("to", monday.plusDays(7).atStartOfDay())
                .getResultList();
        List<TeacherAway> aways = new ArrayList<>();
        for (TeacherUnavailability u : found) {
            for (int d = 0; d < 7; d++) {
                LocalDate date = monday.plusDays(d);
                for (int p = 1; p <= grid.periods(); p++) {
                    if (u.covers(date, grid.start(p), grid.end(p), grid)) {
                        aways.add(new TeacherAway(u.getTeacherId(), date.getDayOfWeek(), p));
                    }
                }
            }
        }
        return aways.stream().distinct().toList();
    }

    private static Venue venue(Room r) {
        return new Venue(r.getId(), r.getCode(), r.getCapacity(), r.getFeatures());
    }
}
