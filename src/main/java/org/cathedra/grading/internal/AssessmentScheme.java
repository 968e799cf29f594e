package org.cathedra.grading.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cathedra.grading.RetakeRule;
import org.cathedra.grading.SheetStatus;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** How one offering is assessed, and where its examination sheet stands (open, signed, locked). */
@Entity
@Table(name = "assessment_scheme")
public class AssessmentScheme extends AbstractEntity {

    @Column(name = "offering_id", nullable = false, updatable = false)
    private long offeringId;

    @Enumerated(EnumType.STRING)
    @Column(name = "retake_rule", nullable = false, length = 10)
    private RetakeRule retakeRule = RetakeRule.LAST;

    @Enumerated(EnumType.STRING)
    @Column(name = "sheet_status", nullable = false, length = 10)
    private SheetStatus sheetStatus = SheetStatus.OPEN;

    @Column(name = "signed_by", length = 60)
    private @Nullable String signedBy;

    @Column(name = "signed_by_name", length = 200)
    private @Nullable String signedByName;

    @Column(name = "signed_at")
    private @Nullable Instant signedAt;

    @Column(name = "confirmed_by", length = 60)
    private @Nullable String confirmedBy;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    protected AssessmentScheme() {
    }

    public AssessmentScheme(long offeringId, RetakeRule rule) {
        this.offeringId = offeringId;
        this.retakeRule = rule;
    }

    /** The teacher signs the sheet: marks are frozen for teachers until the office confirms or returns it. */
    public void sign(String username, String name, Instant now) {
        require(SheetStatus.OPEN);
        sheetStatus = SheetStatus.SIGNED;
        signedBy = username;
        signedByName = name;
        signedAt = now;
    }

    /** The office confirms a signed sheet: final grades are locked. */
    public void confirm(String username, Instant now) {
        require(SheetStatus.SIGNED);
        sheetStatus = SheetStatus.LOCKED;
        confirmedBy = username;
        confirmedAt = now;
    }

    /** The office sends a signed sheet back to the teachers. */
    public void reopen() {
        require(SheetStatus.SIGNED);
        sheetStatus = SheetStatus.OPEN;
        signedBy = null;
        signedByName = null;
        signedAt = null;
    }

    public void changeRule(RetakeRule rule) {
        require(SheetStatus.OPEN);
        retakeRule = rule;
    }

    public void require(SheetStatus expected) {
        if (sheetStatus != expected) {
            throw new DomainException("grading.error.sheetStatus", "grading.sheet." + sheetStatus.name());
        }
    }

    public long getOfferingId() {
        return offeringId;
    }

    public RetakeRule getRetakeRule() {
        return retakeRule;
    }

    public SheetStatus getSheetStatus() {
        return sheetStatus;
    }

    public @Nullable String getSignedByName() {
        return signedByName;
    }

    public @Nullable Instant getSignedAt() {
        return signedAt;
    }

    public @Nullable String getConfirmedBy() {
        return confirmedBy;
    }

    public @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }
}
