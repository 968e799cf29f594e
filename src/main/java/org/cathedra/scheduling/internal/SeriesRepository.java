package org.cathedra.scheduling.internal;

import org.cathedra.scheduling.TimetableSeries;
import org.springframework.data.jpa.repository.JpaRepository;

/** Weekly series. */
public interface SeriesRepository extends JpaRepository<TimetableSeries, Long> {
}
