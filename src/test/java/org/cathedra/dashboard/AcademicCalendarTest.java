package org.cathedra.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcademicCalendarTest {

    @Test
    void the_academic_year_starts_on_the_first_of_september() {
        assertThat(AcademicCalendar.academicYearOf(LocalDate.of(2026, 8, 31))).isEqualTo(2025);
        assertThat(AcademicCalendar.academicYearOf(LocalDate.of(2026, 9, 1))).isEqualTo(2026);
        assertThat(AcademicCalendar.academicYearOf(LocalDate.of(2027, 6, 30))).isEqualTo(2026);
    }
}
