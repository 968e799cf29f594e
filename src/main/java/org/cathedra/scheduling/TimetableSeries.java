package org.cathedra.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A weekly series: groups the occurrences created together; each occurrence is edited on its own. */
@Entity
@Table(name = "timetable_series")
public class TimetableSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "offering_id", nullable = false, updatable = false)
    private long offeringId;

    @Column(name = "first_date", nullable = false, updatable = false)
    private LocalDate firstDate;

    @Column(name = "last_date", nullable = false, updatable = false)
    private LocalDate lastDate;

    protected TimetableSeries() {
    }

    public TimetableSeries(long offeringId, LocalDate firstDate, LocalDate lastDate) {
        this.offeringId = offeringId;
        this.firstDate = firstDate;
        this.lastDate = lastDate;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getOfferingId() {
        return offeringId;
    }
}
