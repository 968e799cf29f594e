package org.cathedra.directory;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * A learner: a resident, a PhD-track postgraduate or a practising doctor on a CPD course. The programme is
 * referenced by id because programmes belong to the catalog module, which itself depends on this one.
 */
@Entity
@Table(name = "student")
@DiscriminatorValue("STUDENT")
public class Student extends Person {

    public static final int COHORT_MAX = 40;
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;

    @Enumerated(EnumType.STRING)
    @Column(name = "learner_kind", nullable = false, length = 20)
    private LearnerKind learnerKind = LearnerKind.RESIDENT;

    @Column(name = "programme_id")
    private @Nullable Long programmeId;

    @Column(length = COHORT_MAX)
    private @Nullable String cohort;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    protected Student() {
    }

    public Student(LearnerKind kind, @Nullable Long programmeId, @Nullable String cohort, int startYear) {
        enrolIn(kind, programmeId, cohort, startYear);
    }

    /** Sets what and since when the student studies; the start year must be plausible. */
    public void enrolIn(LearnerKind kind, @Nullable Long programmeId, @Nullable String cohort, int startYear) {
        if (kind == null) {
            throw new DomainException("error.required", "student.kind");
        }
        if (startYear < FIRST_YEAR || startYear > LAST_YEAR) {
            throw new DomainException("error.range", "student.startYear", FIRST_YEAR, LAST_YEAR);
        }
        this.learnerKind = kind;
        this.programmeId = programmeId;
        this.cohort = Text.optional(cohort, "student.cohort", COHORT_MAX);
        this.startYear = startYear;
    }

    public LearnerKind getLearnerKind() {
        return learnerKind;
    }

    public @Nullable Long getProgrammeId() {
        return programmeId;
    }

    public @Nullable String getCohort() {
        return cohort;
    }

    public int getStartYear() {
        return startYear;
    }

    /** The three kinds of learner the institute trains. */
    public enum LearnerKind { RESIDENT, PHD, CPD }
}
