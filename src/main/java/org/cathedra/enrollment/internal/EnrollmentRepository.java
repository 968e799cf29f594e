package org.cathedra.enrollment.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cathedra.enrollment.Enrollment;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Enrollments; the waitlist order is the time of queueing, then the id. */
public interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    Optional<Enrollment> findByStudentIdAndOfferingId(long studentId, long offeringId);

    Page<Enrollment> findByStudentId(long studentId, Pageable pageable);

    boolean existsByOfferingIdAndStatus(long offeringId, Enrollment.Status status);

    Page<Enrollment> findByOfferingIdAndStatusIn(long offeringId, Collection<Enrollment.Status> statuses,
            Pageable pageable);

    long countByOfferingIdAndStatusIn(long offeringId, Collection<Enrollment.Status> statuses);

    @Query("""
            select count(e) from Enrollment e
            where e.offeringId = :offeringId and e.status = org.cathedra.enrollment.Enrollment.Status.WAITLISTED
              and (e.queuedAt < :queuedAt or (e.queuedAt = :queuedAt and e.id <= :id))
            """)
    long waitlistPosition(long offeringId, Instant queuedAt, long id);

    @Query("""
            select e from Enrollment e
            where e.status = org.cathedra.enrollment.Enrollment.Status.OFFERED and e.offerExpiresAt <= :now
            order by e.offerExpiresAt, e.id
            """)
    List<Enrollment> overdueOffers(Instant now, Pageable pageable);

    @Query("select e.offeringId from Enrollment e where e.studentId = :studentId and e.status in :statuses")
    List<Long> offeringsOf(long studentId, Collection<Enrollment.Status> statuses);
}
