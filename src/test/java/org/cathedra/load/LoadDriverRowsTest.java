package org.cathedra.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The virtual teachers typing into one gradebook share out its rows, so that their marks never meet. */
class LoadDriverRowsTest {

    @Test
    void typists_of_one_gradebook_keep_to_rows_of_their_own_and_together_use_them_all() {
        for (int rows : new int[] {1, 2, 29, 300}) {
            for (int typists : new int[] {1, 2, 7, 21, 29}) {
                if (typists > rows) {
                    continue;
                }
                Map<Integer, Integer> owner = new HashMap<>();
                for (int slot = 0; slot < typists; slot++) {
                    Set<Integer> mine = new HashSet<>();
                    for (int round = 0; round < 2 * rows; round++) {
                        int row = LoadDriver.rowOf(slot, typists, round, rows);
                        assertThat(row).isBetween(0, rows - 1);
                        mine.add(row);
                        Integer before = owner.putIfAbsent(row, slot);
                        assertThat(before == null || before == slot).as("row %d of %d typed by one typist of %d",
                                row, rows, typists).isTrue();
                    }
                    assertThat(mine).as("typist %d of %d has rows", slot, typists).isNotEmpty();
                }
                assertThat(owner).as("%d typists use all %d rows", typists, rows).hasSize(rows);
            }
        }
    }

    @Test
    void with_more_typists_than_rows_the_extra_ones_share() {
        assertThat(LoadDriver.rowOf(30, 31, 0, 29)).isEqualTo(1);
        assertThat(LoadDriver.rowOf(5, 31, 3, 29)).isEqualTo(5);
    }
}
