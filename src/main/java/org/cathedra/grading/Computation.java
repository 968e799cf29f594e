package org.cathedra.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A final grade and how it was reached. {@code weightedSum / totalWeight} is the exact weighted average; the grade
 * is that fraction rounded half up to a whole grade, once, at the end ({@link FinalGradeCalculator}).
 *
 * @param grade  2 to 5, or null while incomplete
 * @param passed for a pass/fail course: whether it is passed (grade 3 or more and every must-pass component
 *               passed); for a graded course: whether the grade is 3 or more
 * @param steps  the explanation, one translatable line per step
 */
public record Computation(Status status, @Nullable Integer grade, boolean passed, BigDecimal weightedSum,
        BigDecimal totalWeight, List<Step> steps) {

    /** Complete, or waiting for marks. */
    public enum Status { COMPLETE, INCOMPLETE }

    /** One line of "how it was computed": a message key and its arguments. */
    public record Step(String key, List<Object> args) {
        public Step(String key, Object... args) {
            this(key, List.of(args));
        }
    }

    public boolean isComplete() {
        return status == Status.COMPLETE;
    }

    /** The weighted average to two decimals, for reading only: the grade is rounded from the exact fraction. */
    public @Nullable BigDecimal average() {
        return totalWeight.signum() == 0 ? null : weightedSum.divide(totalWeight, 2, RoundingMode.HALF_UP);
    }
}
