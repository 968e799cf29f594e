package org.cathedra.internship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * A dated entry of a trainee's logbook: hours, the kind of case, the trainee's part in it, a pseudonymous patient
 * code (letters, digits and hyphens with at least one digit, so that it cannot be a name) and a short reflection.
 * Pending or returned entries can be edited by the trainee; a signed entry is locked.
 */
@Entity
@Table(name = "logbook_entry")
public class LogbookEntry extends AbstractEntity {

    public static final int PATIENT_CODE_MAX = 20;
    public static final int REFLECTION_MAX = 1000;
    public static final int COMMENT_MAX = 500;
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);
    private static final Pattern PATIENT_CODE = Pattern.compile("(?=.*\\d)[A-Z0-9][A-Z0-9-]{2,19}");

    @Column(name = "placement_id", nullable = false)
    private long placementId;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal hours;

    @Column(name = "case_type_id", nullable = false)
    private long caseTypeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Participation participation;

    @Column(name = "patient_code", length = PATIENT_CODE_MAX)
    private @Nullable String patientCode;

    @Column(length = REFLECTION_MAX)
    private @Nullable String reflection;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(name = "supervisor_comment", length = COMMENT_MAX)
    private @Nullable String supervisorComment;

    @Column(name = "reviewed_by")
    private @Nullable Long reviewedBy;

    @Column(name = "reviewed_at")
    private @Nullable Instant reviewedAt;

    protected LogbookEntry() {
    }

    public LogbookEntry(long placementId) {
        this.placementId = placementId;
    }

    /** Writes what the trainee recorded; a signed entry is refused, a returned one goes back to pending. */
    public void record(LocalDate date, BigDecimal hours, long caseTypeId, Participation participation,
            @Nullable String patientCode, @Nullable String reflection) {
        if (status == Status.SIGNED) {
            throw new DomainException("error.internship.entrySigned");
        }
        if (date == null || participation == null) {
            throw new DomainException("error.required",
                    date == null ? "internship.entry.date" : "internship.entry.participation");
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0 || hours.scale() > 2) {
            throw new DomainException("error.internship.hours");
        }
        String code = Text.optional(patientCode, "internship.entry.patientCode", PATIENT_CODE_MAX);
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            if (!PATIENT_CODE.matcher(code).matches()) {
                throw new DomainException("error.internship.patientCode");
            }
        }
        this.entryDate = date;
        this.hours = hours;
        this.caseTypeId = caseTypeId;
        this.participation = participation;
        this.patientCode = code;
        this.reflection = Text.optional(reflection, "internship.entry.reflection", REFLECTION_MAX);
        if (status == Status.RETURNED) {
            status = Status.PENDING;
        }
    }

    /** The supervisor signs the entry off; it is locked from then on. */
    public void sign(long teacherId, Instant at) {
        if (status == Status.SIGNED) {
            throw new DomainException("error.internship.entrySigned");
        }
        status = Status.SIGNED;
        reviewedBy = teacherId;
        reviewedAt = at;
    }

    /** The supervisor sends the entry back with a comment saying what to fix. */
    public void returnWith(String comment, long teacherId, Instant at) {
        if (status == Status.SIGNED) {
            throw new DomainException("error.internship.entrySigned");
        }
        supervisorComment = Text.required(comment, "internship.entry.comment", COMMENT_MAX);
        status = Status.RETURNED;
        reviewedBy = teacherId;
        reviewedAt = at;
    }

    /** For the audit trail: no patient code and no reflection, which are the trainee's clinical notes. */
    public String describe() {
        return entryDate + ", " + hours.stripTrailingZeros().toPlainString() + " h, case type " + caseTypeId + ", "
                + participation + ", " + status;
    }

    public long getPlacementId() {
        return placementId;
    }

    public LocalDate getDate() {
        return entryDate;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public long getCaseTypeId() {
        return caseTypeId;
    }

    public Participation getParticipation() {
        return participation;
    }

    public @Nullable String getPatientCode() {
        return patientCode;
    }

    public @Nullable String getReflection() {
        return reflection;
    }

    public Status getStatus() {
        return status;
    }

    public @Nullable String getSupervisorComment() {
        return supervisorComment;
    }

    public @Nullable Long getReviewedBy() {
        return reviewedBy;
    }

    public @Nullable Instant getReviewedAt() {
        return reviewedAt;
    }

    /** The trainee's part in the case. */
    public enum Participation { OBSERVED, ASSISTED, SUPERVISED, INDEPENDENT }

    /** Pending the supervisor's review, signed off (locked), or returned with a comment. */
    public enum Status { PENDING, SIGNED, RETURNED }
}
