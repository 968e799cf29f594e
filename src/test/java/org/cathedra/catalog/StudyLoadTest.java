package org.cathedra.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.cathedra.shared.DomainException;
import org.junit.jupiter.api.Test;

class StudyLoadTest {

    @Test
    void a_credit_unit_is_thirty_six_academic_hours() {
        assertThat(StudyLoad.ofCreditUnits(1).academicHours()).isEqualTo(36);
        assertThat(StudyLoad.ofCreditUnits(120).academicHours()).isEqualTo(4320);
        assertThat(new StudyLoad(4320).creditUnits()).isEqualByComparingTo("120");
        assertThat(new StudyLoad(72).creditUnits()).isEqualByComparingTo("2");
    }

    @Test
    void fractions_of_a_credit_unit_are_accepted_when_they_make_whole_hours() {
        assertThat(StudyLoad.ofCreditUnits(new BigDecimal("0.5")).academicHours()).isEqualTo(18);
        assertThat(StudyLoad.ofCreditUnits(new BigDecimal("0.25")).academicHours()).isEqualTo(9);
        assertThat(StudyLoad.ofCreditUnits(new BigDecimal("2.50")).academicHours()).isEqualTo(90);
        assertThat(new StudyLoad(18).creditUnits()).isEqualByComparingTo("0.5");
    }

    @Test
    void fractions_that_are_not_whole_hours_are_refused() {
        assertThatThrownBy(() -> StudyLoad.ofCreditUnits(new BigDecimal("0.3")))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.creditUnitsFraction");
        assertThatThrownBy(() -> StudyLoad.ofCreditUnits(new BigDecimal("1.01")))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.creditUnitsFraction");
    }

    @Test
    void hours_that_are_not_whole_credit_units_are_shown_to_two_decimals() {
        assertThat(new StudyLoad(1).creditUnits()).isEqualByComparingTo("0.03");
        assertThat(new StudyLoad(100).creditUnits()).isEqualByComparingTo("2.78");
    }

    @Test
    void a_load_is_at_least_one_hour_and_at_most_three_hundred_credit_units() {
        assertThat(new StudyLoad(1).academicHours()).isEqualTo(1);
        assertThat(StudyLoad.ofCreditUnits(300).academicHours()).isEqualTo(StudyLoad.MAX_HOURS);
        for (int hours : new int[] {0, -36, StudyLoad.MAX_HOURS + 1}) {
            assertThatThrownBy(() -> new StudyLoad(hours)).isInstanceOf(DomainException.class)
                    .extracting("messageKey").isEqualTo("error.hours");
        }
        assertThatThrownBy(() -> StudyLoad.ofCreditUnits(301)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.hours");
        assertThatThrownBy(() -> StudyLoad.ofCreditUnits(BigDecimal.ZERO)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.hours");
        assertThatThrownBy(() -> StudyLoad.ofCreditUnits(new BigDecimal("-0.5")))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.hours");
    }

    @Test
    void an_academic_hour_lasts_forty_five_minutes() {
        assertThat(StudyLoad.ofCreditUnits(1).minutes()).isEqualTo(36 * 45);
    }
}
