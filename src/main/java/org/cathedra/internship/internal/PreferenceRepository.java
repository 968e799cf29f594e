package org.cathedra.internship.internal;

import java.util.List;
import org.cathedra.internship.Preference;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Learners' ranked choices. */
public interface PreferenceRepository extends JpaRepository<Preference, Long> {

    List<Preference> findByPeriodIdOrderByStudentIdAscRankAsc(long periodId);

    List<Preference> findByPeriodIdAndStudentIdOrderByRank(long periodId, long studentId);

    @Modifying(flushAutomatically = true)
    @Query("delete from Preference p where p.periodId = :periodId and p.studentId = :studentId")
    void deleteChoices(long periodId, long studentId);

    @Modifying(flushAutomatically = true)
    @Query("delete from Preference p where p.offerId = :offerId")
    int deleteByOffer(long offerId);
}
