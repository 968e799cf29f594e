package org.cathedra.internship.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cathedra.internship.LogbookEntry;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Logbook entries. */
public interface LogbookRepository extends JpaRepository<LogbookEntry, Long> {

    List<LogbookEntry> findByPlacementIdOrderByEntryDateDescIdDesc(long placementId);

    /** Hours already recorded by the trainee of a placement on a day, leaving out one entry (being edited). */
    @Query("""
            select coalesce(sum(e.hours), 0) from LogbookEntry e
            where e.entryDate = :date and e.id <> :except and e.placementId in
              (select p.id from Placement p where p.studentId = :studentId)
            """)
    BigDecimal hoursOn(long studentId, LocalDate date, long except);

    long countByPlacementIdAndStatus(long placementId, LogbookEntry.Status status);
}
