package org.cathedra.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;

/**
 * A term of an academic year (September to June, two terms), or the year-round CPD calendar period. Dates are
 * local dates of the institute.
 */
@Entity
@Table(name = "term")
public class Term extends AbstractEntity {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Part part = Part.AUTUMN;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected Term() {
    }

    public Term(int academicYear, Part part, LocalDate startsOn, LocalDate endsOn) {
        define(academicYear, part, startsOn, endsOn);
    }

    /** Sets the year ("2026" for 2026/2027), the part and the dates; the term must end after it starts. */
    public void define(int academicYear, Part part, LocalDate startsOn, LocalDate endsOn) {
        if (academicYear < FIRST_YEAR || academicYear > LAST_YEAR) {
            throw new DomainException("error.range", "term.academicYear", FIRST_YEAR, LAST_YEAR);
        }
        if (part == null) {
            throw new DomainException("error.required", "term.part");
        }
        if (startsOn == null || endsOn == null) {
            throw new DomainException("error.required", "term.dates");
        }
        if (!endsOn.isAfter(startsOn)) {
            throw new DomainException("error.term.dates");
        }
        if (startsOn.getYear() < academicYear || endsOn.getYear() > academicYear + 1) {
            throw new DomainException("error.term.outsideYear", academicYear, academicYear + 1);
        }
        this.academicYear = academicYear;
        this.part = part;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public int getAcademicYear() {
        return academicYear;
    }

    /** "2026/2027". */
    public String getAcademicYearLabel() {
        return academicYear + "/" + (academicYear + 1);
    }

    public Part getPart() {
        return part;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    /** Autumn and spring terms; YEAR is the whole year for CPD courses that run all year. */
    public enum Part { AUTUMN, SPRING, YEAR }
}
