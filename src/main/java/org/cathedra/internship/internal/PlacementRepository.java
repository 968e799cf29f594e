package org.cathedra.internship.internal;

import java.util.List;
import java.util.Optional;
import org.cathedra.internship.Placement;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Placements of trainees. */
public interface PlacementRepository extends JpaRepository<Placement, Long> {

    List<Placement> findByPeriodIdOrderById(long periodId);

    List<Placement> findByStudentIdOrderByIdDesc(long studentId);

    Optional<Placement> findByPeriodIdAndStudentId(long periodId, long studentId);

    long countByOfferId(long offerId);

    /** Placements a teacher supervises, at the site or as academic supervisor. */
    @Query("""
            select p from Placement p where p.academicSupervisorId = :teacherId
               or p.offerId in (select o.id from PlacementOffer o where o.supervisorId = :teacherId)
            order by p.periodId desc, p.id
            """)
    List<Placement> supervisedBy(long teacherId);
}
