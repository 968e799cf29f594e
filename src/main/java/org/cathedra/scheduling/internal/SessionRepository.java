package org.cathedra.scheduling.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.cathedra.scheduling.TimetableSession;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Timetable sessions; queries by date range, always ordered by date and time. */
public interface SessionRepository extends JpaRepository<TimetableSession, Long> {

    @Query("""
            select s from TimetableSession s
            where s.date = :date and s.cancelled = false
            order by s.startsAt, s.id
            """)
    List<TimetableSession> activeOn(LocalDate date);

    @Query("""
            select s from TimetableSession s where s.date between :from and :to and s.roomId = :roomId
            order by s.date, s.startsAt, s.id
            """)
    List<TimetableSession> ofRoom(long roomId, LocalDate from, LocalDate to);

    @Query("""
            select distinct s from TimetableSession s join s.teacherIds t
            where s.date between :from and :to and t = :teacherId
            order by s.date, s.startsAt, s.id
            """)
    List<TimetableSession> ofTeacher(long teacherId, LocalDate from, LocalDate to);

    @Query("""
            select distinct s from TimetableSession s left join s.cohorts c
            where s.date between :from and :to
              and (c = :cohort or (s.includeEnrolled = true and s.offeringId in :offeringIds))
            order by s.date, s.startsAt, s.id
            """)
    List<TimetableSession> ofGroupOrOfferings(String cohort, Collection<Long> offeringIds, LocalDate from,
            LocalDate to);

    @Query("""
            select s from TimetableSession s
            where s.date between :from and :to and s.published = true
              and s.includeEnrolled = true and s.offeringId in :offeringIds
            order by s.date, s.startsAt, s.id
            """)
    List<TimetableSession> ofOfferings(Collection<Long> offeringIds, LocalDate from, LocalDate to);

    @Query("""
            select s from TimetableSession s
            where s.offeringId = :offeringId and s.published = true and s.cancelled = false and s.date <= :until
            order by s.date, s.startsAt
            """)
    List<TimetableSession> heldBy(long offeringId, LocalDate until);

    List<TimetableSession> findBySeriesIdOrderByDate(long seriesId);

    List<TimetableSession> findByOfferingIdAndPublishedFalse(long offeringId);

    /** Drafts (not cancelled) between two dates, in every room. */
    @Query("""
            select s from TimetableSession s
            where s.date between :from and :to and s.published = false and s.cancelled = false
            order by s.date, s.startsAt, s.id
            """)
    List<TimetableSession> draftsBetween(LocalDate from, LocalDate to);

    /** A held session as attendance totals need it, without the session's teachers and cohorts. */
    record Held(long id, long offeringId, LocalDate date, java.time.LocalTime endsAt) {
    }

    /** The published, not cancelled sessions of a cohort between the dates. */
    @Query("""
            select new org.cathedra.scheduling.internal.SessionRepository$Held(s.id, s.offeringId, s.date, s.endsAt)
            from TimetableSession s join s.cohorts c
            where c = :cohort and s.date between :from and :to and s.published = true and s.cancelled = false
            """)
    List<Held> heldForCohort(String cohort, LocalDate from, LocalDate to);

    /** The published, not cancelled sessions between the dates that the seat holders of their offering attend. */
    @Query("""
            select new org.cathedra.scheduling.internal.SessionRepository$Held(s.id, s.offeringId, s.date, s.endsAt)
            from TimetableSession s
            where s.offeringId in :offeringIds and s.includeEnrolled = true and s.date between :from and :to
              and s.published = true and s.cancelled = false
            """)
    List<Held> heldForSeats(Collection<Long> offeringIds, LocalDate from, LocalDate to);
}
