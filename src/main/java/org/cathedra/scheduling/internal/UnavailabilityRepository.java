package org.cathedra.scheduling.internal;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.cathedra.scheduling.TeacherUnavailability;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Teachers' unavailable periods. */
public interface UnavailabilityRepository extends JpaRepository<TeacherUnavailability, Long> {

    @Query("""
            select u from TeacherUnavailability u
            where u.teacherId in :teacherIds and u.startsAt < :to and u.endsAt > :from
            order by u.startsAt
            """)
    List<TeacherUnavailability> overlapping(Collection<Long> teacherIds, LocalDateTime from, LocalDateTime to);
}
