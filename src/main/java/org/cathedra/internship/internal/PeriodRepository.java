package org.cathedra.internship.internal;

import java.util.List;
import org.cathedra.internship.PlacementPeriod;
import org.springframework.data.jpa.repository.JpaRepository;

/** Placement periods, latest first. */
public interface PeriodRepository extends JpaRepository<PlacementPeriod, Long> {

    List<PlacementPeriod> findAllByOrderByStartsOnDescIdDesc();
}
