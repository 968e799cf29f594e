package org.cathedra.internship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Text;

/**
 * A block of practice for the learners of one requirement, from {@code startsOn} to {@code endsOn} inclusive (local
 * dates of the institute). While preferences are open, the learners rank the offered placements.
 */
@Entity
@Table(name = "placement_period")
public class PlacementPeriod extends AbstractEntity {

    public static final int NAME_MAX = 200;

    @Column(name = "requirement_id", nullable = false)
    private long requirementId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "preferences_open", nullable = false)
    private boolean preferencesOpen = true;

    protected PlacementPeriod() {
    }

    public PlacementPeriod(long requirementId, String name, LocalDate startsOn, LocalDate endsOn) {
        this.requirementId = requirementId;
        define(name, startsOn, endsOn);
    }

    /** Names and dates the period; it must not end before it starts. */
    public void define(String name, LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null || endsOn == null) {
            throw new DomainException("error.required", "internship.period.dates");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new DomainException("error.internship.periodOrder");
        }
        this.name = Text.required(name, "internship.period.name", NAME_MAX);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public long getRequirementId() {
        return requirementId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public boolean isPreferencesOpen() {
        return preferencesOpen;
    }

    public void setPreferencesOpen(boolean preferencesOpen) {
        this.preferencesOpen = preferencesOpen;
    }
}
