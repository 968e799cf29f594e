package org.cathedra.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cathedra.grading.Computation.Status;
import org.cathedra.grading.Computation.Step;
import org.jspecify.annotations.Nullable;

/**
 * Computes a final grade from a student's marks. The rules, in order:
 * <ol>
 * <li>per component, the attempt that counts is chosen by the {@link RetakeRule} among the attempts with a mark;
 *     an excused attempt counts only when no attempt has a mark (the component is then excused);</li>
 * <li>every mark is worth its five-point value (pass 5, fail 2, 100 points through the scale's bands);</li>
 * <li>a component with weight above zero or marked "must pass" that has no mark and is not excused leaves the grade
 *     incomplete; a missing zero-weight component is ignored;</li>
 * <li>excused components leave the average, and the remaining weights are used as they are (the average divides
 *     by their sum); a must-pass component cannot be excused: the grade stays incomplete;</li>
 * <li>the exact average is sum(weight x value) / sum(weight), all in {@link BigDecimal} without any rounding;</li>
 * <li>the grade is that average rounded half up to a whole number, <b>once, at the end</b>: 3.50 is 4, 3.49 is 3;</li>
 * <li>a failed must-pass component makes the grade 2 (fail), whatever the average.</li>
 * </ol>
 */
public final class FinalGradeCalculator {

    private FinalGradeCalculator() {
    }

    /** One component of a scheme, as the computation needs it. */
    public record Part(long id, String name, BigDecimal weight, Scale scale, boolean mustPass) {
    }

    /** One attempt: a value on the component's scale, or excused, or neither (nothing entered yet). */
    public record Attempt(int number, @Nullable BigDecimal value, boolean excused) {
    }

    /** The student's final grade for {@code parts}, given their attempts by component id. */
    public static Computation compute(List<Part> parts, Map<Long, List<Attempt>> attempts, RetakeRule rule,
            boolean passFailCourse) {
        List<Step> steps = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> failedGates = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Part part : parts) {
            List<Attempt> tries = attempts.getOrDefault(part.id(), List.of());
            Optional<Attempt> counted = counted(tries, part.scale(), rule);
            boolean excused = counted.isEmpty() && tries.stream().anyMatch(Attempt::excused);
            boolean matters = part.weight().signum() > 0 || part.mustPass();
            if (counted.isEmpty()) {
                if (excused && part.mustPass()) {
                    steps.add(new Step("grading.step.mustPassExcused", part.name()));
                    missing.add(part.name());
                } else if (excused) {
                    steps.add(new Step("grading.step.excused", part.name()));
                } else if (matters) {
                    steps.add(new Step("grading.step.missing", part.name()));
                    missing.add(part.name());
                } else {
                    steps.add(new Step("grading.step.ignoredEmpty", part.name()));
                }
                continue;
            }
            Attempt attempt = counted.get();
            int value = part.scale().fivePoint(attempt.value());
            String shown = part.scale().format(attempt.value(), java.util.Locale.ROOT);
            if (tries.stream().filter(a -> a.value() != null).count() > 1) {
                steps.add(new Step("grading.step.retake", part.name(), attempt.number(), "grading.rule." + rule.name()));
            }
            if (part.weight().signum() > 0) {
                sum = sum.add(part.weight().multiply(BigDecimal.valueOf(value)));
                weights = weights.add(part.weight());
                steps.add(new Step("grading.step.weighted", part.name(), shown, value,
                        part.weight().stripTrailingZeros().toPlainString()));
            } else {
                steps.add(new Step("grading.step.zeroWeight", part.name(), shown));
            }
            if (part.mustPass() && value < 3) {
                failedGates.add(part.name());
                steps.add(new Step("grading.step.mustPassFailed", part.name()));
            }
        }
        if (!missing.isEmpty()) {
            steps.add(new Step("grading.step.incomplete", String.join(", ", missing)));
            return new Computation(Status.INCOMPLETE, null, false, sum, weights, steps);
        }
        if (weights.signum() == 0 && failedGates.isEmpty()) {
            steps.add(new Step("grading.step.noWeight"));
            return new Computation(Status.INCOMPLETE, null, false, sum, weights, steps);
        }
        int grade;
        if (weights.signum() > 0) {
            // the one rounding of the whole computation
            grade = sum.divide(weights, 0, RoundingMode.HALF_UP).intValueExact();
            steps.add(new Step("grading.step.average", sum.stripTrailingZeros().toPlainString(),
                    weights.stripTrailingZeros().toPlainString(),
                    sum.divide(weights, 2, RoundingMode.HALF_UP).toPlainString(), grade));
        } else {
            grade = 2;
        }
        if (!failedGates.isEmpty()) {
            grade = 2;
            steps.add(new Step("grading.step.failedGate", String.join(", ", failedGates)));
        }
        boolean passed = grade >= 3;
        steps.add(new Step(passFailCourse ? (passed ? "grading.step.resultPass" : "grading.step.resultFail")
                : "grading.step.result", grade));
        return new Computation(Status.COMPLETE, grade, passed, sum, weights, steps);
    }

    private static Optional<Attempt> counted(List<Attempt> tries, Scale scale, RetakeRule rule) {
        List<Attempt> marked = tries.stream().filter(a -> a.value() != null)
                .sorted(Comparator.comparingInt(Attempt::number)).toList();
        if (marked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (rule) {
            case FIRST -> marked.getFirst();
            case LAST -> marked.getLast();
            case BEST -> marked.stream().max(Comparator.comparingInt((Attempt a) -> scale.fivePoint(a.value()))
                    .thenComparingInt(Attempt::number)).orElseThrow();
        });
    }
}
