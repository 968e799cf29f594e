package org.cathedra.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cathedra.grading.FinalGradeCalculator.Attempt;
import org.cathedra.grading.FinalGradeCalculator.Part;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The final-grade rules as a table. Each case is a scheme written as text and the marks of one student:
 * components "name:weight:scale[!]" ("!" = must pass; scales F five-point, P pass/fail, H 100-point with bands
 * 85/70/50), marks "name=v1/v2/..." (attempts in order; "exc" excused, "-" an attempt without a mark).
 */
class FinalGradeCalculatorTest {

    static final Scale FIVE = new Scale("FIVE", Scale.Kind.FIVE_POINT, List.of());
    static final Scale PASS = new Scale("PASS", Scale.Kind.PASS_FAIL, List.of());
    static final Scale HUNDRED = new Scale("HUNDRED", Scale.Kind.HUNDRED_POINT, List.of(
            new Scale.Band(BigDecimal.valueOf(85), 5), new Scale.Band(BigDecimal.valueOf(70), 4),
            new Scale.Band(BigDecimal.valueOf(50), 3), new Scale.Band(BigDecimal.ZERO, 2)));

    static Stream<Arguments> cases() {
        return Stream.of(
                // scheme, marks, rule, pass/fail course, expected grade (null = incomplete), expected passed
                row("t:1:F e:1:F", "t=4 e=5", RetakeRule.LAST, false, 5, true),           // 4.5 -> 5 (half up)
                row("t:1:F e:1:F", "t=3 e=4", RetakeRule.LAST, false, 4, true),           // 3.5 -> 4
                row("t:2:F e:1:F", "t=3 e=4", RetakeRule.LAST, false, 3, true),           // 10/3 = 3.33 -> 3
                row("t:1:F e:2:F", "t=3 e=4", RetakeRule.LAST, false, 4, true),           // 11/3 = 3.67 -> 4
                // rounding once at the end: 0.3*4 + 0.3*4 + 0.4*3 = 3.6 -> 4, never per component
                row("a:0.3:F b:0.3:F c:0.4:F", "a=4 b=4 c=3", RetakeRule.LAST, false, 4, true),
                // 3.499 stays 3: no intermediate rounding pushes it over
                row("a:0.499:F b:0.501:F", "a=4 b=3", RetakeRule.LAST, false, 3, true),
                // missing marks
                row("t:1:F e:1:F", "t=5", RetakeRule.LAST, false, null, false),
                row("t:1:F e:1:F", "", RetakeRule.LAST, false, null, false),
                row("t:1:F e:1:F", "t=5 e=-", RetakeRule.LAST, false, null, false),     // an empty attempt
                // zero weight: a missing zero-weight mark is ignored, a present one does not move the average
                row("t:0:F e:1:F", "e=4", RetakeRule.LAST, false, 4, true),
                row("t:0:F e:1:F", "t=2 e=4", RetakeRule.LAST, false, 4, true),
                row("t:0:F", "t=5", RetakeRule.LAST, false, null, false),                 // nothing weighted
                // excused: left out, the other weights carry the average
                row("t:1:F c:1:F e:2:F", "t=exc c=3 e=5", RetakeRule.LAST, false, 4, true), // 13/3 = 4.33
                row("t:1:F e:1:F", "t=exc e=exc", RetakeRule.LAST, false, null, false),
                // a must-pass exam cannot be excused
                row("t:1:F e:1:F!", "t=5 e=exc", RetakeRule.LAST, false, null, false),
                // retakes: all attempts kept, the rule picks one
                row("e:1:F", "e=2/4", RetakeRule.LAST, false, 4, true),
                row("e:1:F", "e=2/4", RetakeRule.FIRST, false, 2, false),
                row("e:1:F", "e=5/3", RetakeRule.BEST, false, 5, true),
                row("e:1:F", "e=5/3", RetakeRule.LAST, false, 3, true),
                row("e:1:F", "e=4/-", RetakeRule.LAST, false, 4, true),                  // a retake not yet marked
                row("e:1:F", "e=exc/4", RetakeRule.FIRST, false, 4, true),               // excused, then sat it
                // must pass: a failed exam fails the course whatever the average
                row("t:3:F e:1:F!", "t=5 e=2", RetakeRule.LAST, false, 2, false),        // average 4.25
                row("t:1:F e:1:F!", "t=5 e=3", RetakeRule.LAST, false, 4, true),
                row("t:1:F e:1:F!", "t=5 e=2/3", RetakeRule.LAST, false, 4, true),       // passed on retake
                row("t:1:F e:1:F!", "t=5 e=2/3", RetakeRule.FIRST, false, 2, false),
                // pass/fail components as gates (weight 0, must pass) and in the average (pass 5, fail 2)
                row("a:0:P! e:1:F", "a=0 e=5", RetakeRule.LAST, false, 2, false),
                row("a:0:P! e:1:F", "a=1 e=5", RetakeRule.LAST, false, 5, true),
                row("a:1:P b:1:P", "a=1 b=0", RetakeRule.LAST, true, 4, true),           // 3.5 -> 4: a pass
                row("a:1:P b:1:P", "a=0 b=0", RetakeRule.LAST, true, 2, false),
                row("a:0:P!", "a=0", RetakeRule.LAST, true, 2, false),                   // only a failed gate
                // 100 points through the bands: 84.99 is 4, 85 is 5, 49.99 is 2
                row("h:1:H", "h=85", RetakeRule.LAST, false, 5, true),
                row("h:1:H", "h=84.99", RetakeRule.LAST, false, 4, true),
                row("h:1:H", "h=49.99", RetakeRule.LAST, false, 2, false),
                row("h:1:H t:1:F", "h=70 t=3", RetakeRule.LAST, false, 4, true),         // (4 + 3) / 2 = 3.5
                row("h:1:H! t:3:F", "h=40 t=5", RetakeRule.LAST, false, 2, false));
    }

    @ParameterizedTest(name = "[{index}] {0} with {1}, {2}")
    @MethodSource("cases")
    void the_final_grade_follows_the_rules(String scheme, String marks, RetakeRule rule, boolean passFail,
            Integer grade, boolean passed) {
        List<Part> parts = new ArrayList<>();
        Map<String, Long> idOf = new HashMap<>();
        long id = 1;
        for (String p : scheme.split(" ")) {
            String[] f = p.split(":");
            boolean must = f[2].endsWith("!");
            Scale scale = switch (f[2].charAt(0)) {
                case 'P' -> PASS;
                case 'H' -> HUNDRED;
                default -> FIVE;
            };
            parts.add(new Part(id, f[0], new BigDecimal(f[1]), scale, must));
            idOf.put(f[0], id++);
        }
        Map<Long, List<Attempt>> attempts = new HashMap<>();
        for (String m : marks.isBlank() ? new String[0] : marks.split(" ")) {
            String[] kv = m.split("=");
            List<Attempt> list = new ArrayList<>();
            int n = 1;
            for (String v : kv[1].split("/")) {
                list.add(switch (v) {
                    case "exc" -> new Attempt(n, null, true);
                    case "-" -> new Attempt(n, null, false);
                    default -> new Attempt(n, new BigDecimal(v), false);
                });
                n++;
            }
            attempts.put(idOf.get(kv[0]), list);
        }

        Computation c = FinalGradeCalculator.compute(parts, attempts, rule, passFail);

        assertThat(c.grade()).as("grade").isEqualTo(grade);
        assertThat(c.status()).isEqualTo(grade == null ? Computation.Status.INCOMPLETE : Computation.Status.COMPLETE);
        assertThat(c.passed()).as("passed").isEqualTo(passed);
        assertThat(c.steps()).as("the computation is explained").isNotEmpty();
        assertThat(c.steps().getLast().key()).as("the last step says the outcome").isIn(grade == null
                ? List.of("grading.step.incomplete", "grading.step.noWeight")
                : List.of("grading.step.result", "grading.step.resultPass", "grading.step.resultFail"));
    }

    private static Arguments row(String scheme, String marks, RetakeRule rule, boolean passFail, Integer grade,
            boolean passed) {
        return Arguments.of(scheme, marks, rule, passFail, grade, passed);
    }
}
