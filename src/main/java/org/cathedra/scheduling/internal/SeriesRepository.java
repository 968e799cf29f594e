package org.cathedra.scheduling.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Weekly series. */
public interface SeriesRepository extends JpaRepository<TimetableSeries, Long> {
}
