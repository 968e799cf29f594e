package org.cathedra.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.cathedra.shared.DomainException;
import org.junit.jupiter.api.Test;

class PeriodGridTest {

    @Test
    void the_standard_day_has_ten_academic_hours_of_45_minutes_from_nine_with_the_configured_breaks() {
        PeriodGrid grid = PeriodGrid.standard();
        assertThat(grid.start(1)).isEqualTo(LocalTime.of(9, 0));
        assertThat(grid.end(1)).isEqualTo(LocalTime.of(9, 45));
        assertThat(grid.start(2)).isEqualTo(LocalTime.of(9, 50));
        assertThat(grid.start(3)).isEqualTo(LocalTime.of(10, 50));
        assertThat(grid.start(5)).isEqualTo(LocalTime.of(13, 5));
        assertThat(grid.end(10)).isEqualTo(LocalTime.of(18, 20));
        assertThat(grid.span(3, 2)).containsExactly(LocalTime.of(10, 50), LocalTime.of(12, 25));
        assertThat(grid.periodAt(LocalTime.of(12, 24))).isEqualTo(4);
        assertThat(grid.periodStartingAt(LocalTime.of(13, 5))).isEqualTo(5);
    }

    @Test
    void another_institute_sets_its_own_grid_and_the_last_break_repeats() {
        PeriodGrid grid = new PeriodGrid(LocalTime.of(8, 30), 45, 6, List.of(10));
        assertThat(grid.start(6)).isEqualTo(LocalTime.of(8, 30).plusMinutes(5 * 55));
    }

    @Test
    void a_session_must_fit_in_the_day() {
        assertThatThrownBy(() -> PeriodGrid.standard().span(10, 2)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> PeriodGrid.standard().span(1, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new PeriodGrid(LocalTime.of(22, 0), 45, 10, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
