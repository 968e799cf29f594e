package org.cathedra.grading;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How grades read, in one place, so that the gradebook, its exports and the documents show the same characters: a
 * final grade is its digit ("4"), an average two decimals with a point ("4.20"), nothing yet is a dash.
 */
public final class GradeText {

    public static final String NONE = "—";

    private GradeText() {
    }

    public static String grade(Computation c) {
        return c.grade() == null ? NONE : String.valueOf(c.grade());
    }

    public static String average(Computation c) {
        return c.average() == null || !c.isComplete() ? NONE : c.average().toPlainString();
    }

    /** The final grade of a five-point course ("4") or of a pass/fail one ("pass"/"зачтено"). */
    public static String result(@Nullable Integer grade, boolean passed, boolean passFail, Locale locale) {
        boolean ru = "ru".equals(locale.getLanguage());
        if (passFail) {
            return grade == null ? NONE : passed ? (ru ? "зачтено" : "pass") : (ru ? "не зачтено" : "fail");
        }
        return grade == null ? NONE : String.valueOf(grade);
    }
}
