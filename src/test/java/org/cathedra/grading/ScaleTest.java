package org.cathedra.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.cathedra.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleTest {

    @ParameterizedTest(name = "{0} on {1} reads as \"{2}\"")
    @CsvSource({
            "5, FIVE, 5", "' 2 ', FIVE, 2", "exc, FIVE, exc", "ОСВ, FIVE, exc", "'', FIVE, ''",
            "p, PASS, pass", "зач, PASS, pass", "f, PASS, fail", "1, PASS, pass", "0, PASS, fail",
            "87.5, HUNDRED, 87.5", "'87,50', HUNDRED, 87.5", "100, HUNDRED, 100", "0, HUNDRED, 0"})
    void accepted_entries_read_back_the_same(String typed, String scale, String shown) {
        Scale s = scale(scale);
        assertThat(s.format(s.parse(typed), Locale.ENGLISH)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} on {1} is refused with {2}")
    @CsvSource({
            "6, FIVE, grading.error.fivePoint", "1, FIVE, grading.error.fivePoint",
            "4.5, FIVE, grading.error.fivePoint", "five, FIVE, grading.error.notANumber",
            "yes, PASS, grading.error.passFail", "2, PASS, grading.error.passFail",
            "100.01, HUNDRED, grading.error.hundredPoint", "-1, HUNDRED, grading.error.hundredPoint",
            "50.123, HUNDRED, grading.error.hundredPoint", "1e2x, HUNDRED, grading.error.notANumber"})
    void values_off_the_scale_are_refused_with_the_reason(String typed, String scale, String key) {
        assertThatThrownBy(() -> scale(scale).parse(typed)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void a_hundred_point_scale_converts_through_its_bands_and_needs_a_band_from_zero() {
        Scale h = FinalGradeCalculatorTest.HUNDRED;
        assertThat(h.fivePoint(new BigDecimal("85"))).isEqualTo(5);
        assertThat(h.fivePoint(new BigDecimal("69.99"))).isEqualTo(3);
        assertThat(h.fivePoint(new BigDecimal("0"))).isEqualTo(2);
        assertThatThrownBy(() -> new Scale("X", Scale.Kind.HUNDRED_POINT,
                java.util.List.of(new Scale.Band(BigDecimal.TEN, 3)))).isInstanceOf(DomainException.class);
    }

    @Test
    void pass_fail_reads_in_russian_too() {
        Scale p = FinalGradeCalculatorTest.PASS;
        assertThat(p.format(p.parse("p"), Locale.forLanguageTag("ru"))).isEqualTo("зач");
        assertThat(p.format(p.parse("exc"), Locale.forLanguageTag("ru"))).isEqualTo("осв");
    }

    private static Scale scale(String code) {
        return switch (code) {
            case "PASS" -> FinalGradeCalculatorTest.PASS;
            case "HUNDRED" -> FinalGradeCalculatorTest.HUNDRED;
            default -> FinalGradeCalculatorTest.FIVE;
        };
    }
}
