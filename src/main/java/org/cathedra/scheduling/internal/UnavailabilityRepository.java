package org.cathedra.scheduling.internal;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.cathedra.scheduling.TeacherUnavailability;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Teachers' unavailable periods: spans of dates and weekly ranges of academic hours. */
public interface UnavailabilityRepository extends JpaRepository<TeacherUnavailability, Long> {

    /** Spans of dates (not weekly entries) that overlap {@code from}-{@code to}. */
    @Query("""
            select u from TeacherUnavailability u
            where u.teacherId in :teacherIds
              and u.recurrence = org.cathedra.scheduling.TeacherUnavailability.Recurrence.DATES
              and u.startsAt < :to and u.endsAt > :from
            order by u.startsAt
            """)
    List<TeacherUnavailability> overlapping(Collection<Long> teacherIds, LocalDateTime from, LocalDateTime to);

    /** The weekly entries of the given teachers on ISO weekday {@code weekday} (1 = Monday). */
    @Query("""
            select u from TeacherUnavailability u
            where u.teacherId in :teacherIds
              and u.recurrence = org.cathedra.scheduling.TeacherUnavailability.Recurrence.WEEKLY
              and u.weekday = :weekday
            order by u.firstPeriod
            """)
    List<TeacherUnavailability> weeklyOn(Collection<Long> teacherIds, int weekday);

    /** Every entry of one teacher: weekly ones first by weekday, then spans of dates by start. */
    @Query("""
            select u from TeacherUnavailability u where u.teacherId = :teacherId
            order by u.recurrence desc, u.weekday, u.firstPeriod, u.startsAt, u.id
            """)
    List<TeacherUnavailability> ofTeacher(long teacherId);
}
