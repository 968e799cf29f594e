package org.cathedra.grading;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cathedra.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A grade scale as the rules see it: what may be entered, how it reads back, and what it is worth on the five-point
 * scale. Pass/fail marks are stored as 1 (pass) and 0 (fail); 100-point marks as points with up to two decimals,
 * converted to the five-point scale by bands (the highest band whose minimum the points reach).
 *
 * @param bands for a 100-point scale: the minimum points of each five-point grade; empty otherwise
 */
public record Scale(String code, Kind kind, List<Band> bands) {

    private static final Set<String> EXCUSED = Set.of("exc", "осв");
    private static final Set<String> PASS = Set.of("p", "pass", "зач", "зачтено", "з");
    private static final Set<String> FAIL = Set.of("f", "fail", "незач", "не зачтено", "н");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Scale {
        bands = bands.stream().sorted(Comparator.comparing(Band::minPoints).reversed()).toList();
        if (kind == Kind.HUNDRED_POINT && (bands.isEmpty() || bands.getLast().minPoints().signum() != 0)) {
            throw new DomainException("grading.error.bandsFromZero");
        }
    }

    /** The three kinds of scale the institute uses. */
    public enum Kind { FIVE_POINT, PASS_FAIL, HUNDRED_POINT }

    /** From {@code minPoints} up, a 100-point mark counts as {@code grade} (2 to 5). */
    public record Band(BigDecimal minPoints, int grade) {
    }

    /** What a teacher typed into a cell: a value on the scale, "excused", or nothing (the cell is cleared). */
    public record Entry(@Nullable BigDecimal value, boolean excused) {
        public static final Entry EMPTY = new Entry(null, false);

        public boolean isEmpty() {
            return value == null && !excused;
        }
    }

    /**
     * Reads what was typed, or refuses it with a reason: five-point 2-5; pass/fail "p"/"f" (or "зач"/"незач", 1/0);
     * 100-point 0-100 with at most two decimals. "exc" or "осв" marks the student excused; blank clears the cell.
     */
    public Entry parse(@Nullable String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return Entry.EMPTY;
        }
        if (EXCUSED.contains(text)) {
            return new Entry(null, true);
        }
        if (kind == Kind.PASS_FAIL) {
            if (PASS.contains(text) || text.equals("1")) {
                return new Entry(BigDecimal.ONE, false);
            }
            if (FAIL.contains(text) || text.equals("0")) {
                return new Entry(BigDecimal.ZERO, false);
            }
            throw new DomainException("grading.error.passFail", typed);
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new DomainException("grading.error.notANumber", typed);
        }
        if (kind == Kind.FIVE_POINT) {
            if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.TWO) < 0
                    || number.compareTo(BigDecimal.valueOf(5)) > 0) {
                throw new DomainException("grading.error.fivePoint", typed);
            }
            return new Entry(new BigDecimal(number.intValue()), false);
        }
        if (number.signum() < 0 || number.compareTo(HUNDRED) > 0 || number.stripTrailingZeros().scale() > 2) {
            throw new DomainException("grading.error.hundredPoint", typed);
        }
        return new Entry(number.stripTrailingZeros().scale() <= 0 ? number.setScale(0) : number.stripTrailingZeros(),
                false);
    }

    /** The mark's worth on the five-point scale (pass = 5, fail = 2, points through the bands). */
    public int fivePoint(BigDecimal value) {
        return switch (kind) {
            case FIVE_POINT -> value.intValueExact();
            case PASS_FAIL -> value.signum() > 0 ? 5 : 2;
            case HUNDRED_POINT -> bands.stream().filter(b -> value.compareTo(b.minPoints()) >= 0).findFirst()
                    .orElseThrow().grade();
        };
    }

    /** Whether the mark is a pass: 3 or more on the five-point scale, "pass" on pass/fail. */
    public boolean passes(BigDecimal value) {
        return fivePoint(value) >= 3;
    }

    /** How a value reads in a cell, the same on screen, in exports and documents ("4", "87.5", "pass"). */
    public String format(BigDecimal value, Locale locale) {
        if (kind == Kind.PASS_FAIL) {
            boolean ru = "ru".equals(locale.getLanguage());
            return value.signum() > 0 ? (ru ? "зач" : "pass") : (ru ? "незач" : "fail");
        }
        return value.stripTrailingZeros().scale() <= 0 ? value.setScale(0).toPlainString()
                : value.stripTrailingZeros().toPlainString();
    }

    /** How "excused" reads in a cell. */
    public static String excusedText(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? "осв" : "exc";
    }

    /** The entry as a cell reads it; empty for nothing entered. */
    public String format(Entry entry, Locale locale) {
        if (entry.excused()) {
            return excusedText(locale);
        }
        return entry.value() == null ? "" : format(entry.value(), locale);
    }
}
