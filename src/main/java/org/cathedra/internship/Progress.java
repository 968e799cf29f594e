package org.cathedra.internship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How far a placement is toward its requirement: hours and the count of each required kind of case. Only signed
 * entries count; pending ones are shown beside them.
 */
public record Progress(Measure hours, List<Measure> counts) {

    /** One bar: what is signed, what awaits signing, what is required. */
    public record Measure(String label, BigDecimal signed, BigDecimal pending, BigDecimal required) {

        /** The signed share of the requirement, 0..1. */
        public double fraction() {
            if (required.signum() <= 0) {
                return 1;
            }
            return Math.min(1, signed.divide(required, 4, RoundingMode.HALF_UP).doubleValue());
        }

        public boolean done() {
            return signed.compareTo(required) >= 0;
        }
    }

    public boolean complete() {
        return hours.done() && counts.stream().allMatch(Measure::done);
    }
}
