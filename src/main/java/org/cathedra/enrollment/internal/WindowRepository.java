package org.cathedra.enrollment.internal;

import java.util.Collection;
import java.util.List;
import org.cathedra.enrollment.EnrollmentWindow;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Enrollment windows of terms and offerings. */
public interface WindowRepository extends JpaRepository<EnrollmentWindow, Long> {

    @Query("""
            select w from EnrollmentWindow w
            where w.termId in :termIds and (w.offeringId is null or w.offeringId in :offeringIds)
            order by w.id desc
            """)
    List<EnrollmentWindow> forTermsOrOfferings(Collection<Long> termIds, Collection<Long> offeringIds);

    @Query("""
            select w from EnrollmentWindow w
            where w.termId = :termId and ((:offeringId is null and w.offeringId is null) or w.offeringId = :offeringId)
            order by w.id desc
            """)
    List<EnrollmentWindow> ofScope(long termId, @Nullable Long offeringId);
}
