package org.cathedra.internship.internal;

import java.util.List;
import org.cathedra.internship.PlacementOffer;
import org.springframework.data.jpa.repository.JpaRepository;

/** The offers of placement periods. */
public interface OfferRepository extends JpaRepository<PlacementOffer, Long> {

    List<PlacementOffer> findByPeriodIdOrderById(long periodId);

    boolean existsByPeriodIdAndSiteId(long periodId, long siteId);
}
