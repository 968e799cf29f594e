package org.cathedra.internship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A trainee placed at an offer of a period, with their academic supervisor. The graded credit for the placement
 * (2 to 5, the Russian scale; 3 and above is passed) is kept here: {@link PlacementCredits} is where the record book
 * reads it.
 */
@Entity
@Table(name = "placement")
public class Placement extends AbstractEntity {

    public static final int LOWEST_GRADE = 2;
    public static final int PASSING_GRADE = 3;
    public static final int HIGHEST_GRADE = 5;

    @Column(name = "period_id", nullable = false)
    private long periodId;

    @Column(name = "offer_id", nullable = false)
    private long offerId;

    @Column(name = "student_id", nullable = false)
    private long studentId;

    @Column(name = "academic_supervisor_id")
    private @Nullable Long academicSupervisorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "assigned_by", nullable = false, length = 10)
    private AssignedBy assignedBy;

    @Column(name = "choice_rank")
    private @Nullable Integer choiceRank;

    @Column(name = "credit_grade")
    private @Nullable Integer creditGrade;

    @Column(name = "graded_at")
    private @Nullable Instant gradedAt;

    @Column(name = "graded_by")
    private @Nullable Long gradedBy;

    protected Placement() {
    }

    public Placement(long periodId, long offerId, long studentId, AssignedBy assignedBy, @Nullable Integer choiceRank) {
        this.periodId = periodId;
        this.studentId = studentId;
        moveTo(offerId, assignedBy, choiceRank);
    }

    /** Moves the trainee to another offer of the same period; refused once the credit is graded. */
    public void moveTo(long offerId, AssignedBy by, @Nullable Integer rank) {
        if (creditGrade != null) {
            throw new DomainException("error.internship.alreadyGraded");
        }
        this.offerId = offerId;
        this.assignedBy = by;
        this.choiceRank = rank;
    }

    /** Records the graded credit; {@code grade} on the 2..5 scale. */
    public void grade(int grade, long teacherId, Instant at) {
        if (grade < LOWEST_GRADE || grade > HIGHEST_GRADE) {
            throw new DomainException("error.range", "internship.credit.grade", LOWEST_GRADE, HIGHEST_GRADE);
        }
        this.creditGrade = grade;
        this.gradedBy = teacherId;
        this.gradedAt = at;
    }

    public boolean isPassed() {
        return creditGrade != null && creditGrade >= PASSING_GRADE;
    }

    public String describe() {
        return "offer " + offerId + ", " + assignedBy + (choiceRank == null ? "" : ", choice " + choiceRank)
                + (creditGrade == null ? "" : ", grade " + creditGrade);
    }

    public long getPeriodId() {
        return periodId;
    }

    public long getOfferId() {
        return offerId;
    }

    public long getStudentId() {
        return studentId;
    }

    public @Nullable Long getAcademicSupervisorId() {
        return academicSupervisorId;
    }

    public void setAcademicSupervisorId(@Nullable Long academicSupervisorId) {
        this.academicSupervisorId = academicSupervisorId;
    }

    public AssignedBy getAssignedBy() {
        return assignedBy;
    }

    public @Nullable Integer getChoiceRank() {
        return choiceRank;
    }

    public @Nullable Integer getCreditGrade() {
        return creditGrade;
    }

    public @Nullable Instant getGradedAt() {
        return gradedAt;
    }

    public @Nullable Long getGradedBy() {
        return gradedBy;
    }

    /** Whether the placement came from the matching run or from the office's hand. */
    public enum AssignedBy { MATCHING, MANUAL }
}
