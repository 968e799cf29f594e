package org.cathedra.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cathedra.shared.DomainException;

/**
 * A study load in academic hours, with its credit units: 1 credit unit = 36 academic hours, 1 academic hour =
 * 45 minutes. Stored as whole academic hours so that no rounding ever happens on the way in.
 */
public record StudyLoad(int academicHours) {

    public static final int HOURS_PER_CREDIT_UNIT = 36;
    public static final int MINUTES_PER_ACADEMIC_HOUR = 45;
    public static final int MAX_HOURS = 36 * 300;

    public StudyLoad {
        if (academicHours <= 0 || academicHours > MAX_HOURS) {
            throw new DomainException("error.hours", academicHours, MAX_HOURS);
        }
    }

    /** A load of whole or fractional credit units; refused when it is not a whole number of hours. */
    public static StudyLoad ofCreditUnits(BigDecimal creditUnits) {
        BigDecimal hours = creditUnits.multiply(BigDecimal.valueOf(HOURS_PER_CREDIT_UNIT));
        if (hours.stripTrailingZeros().scale() > 0) {
            throw new DomainException("error.creditUnitsFraction", creditUnits.toPlainString());
        }
        try {
            return new StudyLoad(hours.intValueExact());
        } catch (ArithmeticException e) {
            throw new DomainException("error.hours", hours.toPlainString(), MAX_HOURS);
        }
    }

    public static StudyLoad ofCreditUnits(int creditUnits) {
        return ofCreditUnits(BigDecimal.valueOf(creditUnits));
    }

    /** Credit units, exact to two decimals (18 hours = 0.50). */
    public BigDecimal creditUnits() {
        return BigDecimal.valueOf(academicHours).divide(BigDecimal.valueOf(HOURS_PER_CREDIT_UNIT), 2,
                RoundingMode.HALF_UP);
    }

    /** Clock minutes of teaching and study this load stands for. */
    public long minutes() {
        return (long) academicHours * MINUTES_PER_ACADEMIC_HOUR;
    }
}
