package org.cathedra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseTroubleTest {

    @Test
    void a_pool_that_cannot_reach_the_database_is_told_apart_from_every_other_failure() {
        var poolTimeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        assertThat(DatabaseTrouble.isUnavailable(
                new CannotCreateTransactionException("Could not open JPA EntityManager", poolTimeout))).isTrue();
        assertThat(DatabaseTrouble.isUnavailable(new IllegalStateException("wrapped", poolTimeout))).isTrue();

        assertThat(DatabaseTrouble.isUnavailable(new DataIntegrityViolationException("duplicate",
                new SQLIntegrityConstraintViolationException("Duplicate entry")))).isFalse();
        assertThat(DatabaseTrouble.isUnavailable(new ObjectOptimisticLockingFailureException("x", 1L))).isFalse();
        assertThat(DatabaseTrouble.isUnavailable(new IllegalArgumentException("bad input"))).isFalse();
    }

    @Test
    void a_full_disk_is_told_apart_from_a_database_that_does_not_answer_and_from_other_failures() {
        var tableFull = new SQLException("(conn=12) The table 'grade_entry' is full", "HY000", 1114);
        assertThat(DatabaseTrouble.isDiskFull(new JpaSystemException(new RuntimeException(
                "could not execute statement", tableFull)))).isTrue();
        assertThat(DatabaseTrouble.isUnavailable(new JpaSystemException(new RuntimeException("x", tableFull))))
                .isFalse();
        assertThat(DatabaseTrouble.isDiskFull(new SQLException("Disk full (/data/x.MAI); waiting for someone to free"
                + " some space...", "HY000", 1021))).isTrue();
        assertThat(DatabaseTrouble.isDiskFull(new SQLException("Error writing file './cathedra/t.frm' (Errcode: 28"
                + " \"No space left on device\")", "HY000", 3))).isTrue();
        assertThat(DatabaseTrouble.isDiskFull(new IllegalStateException("migration", new SQLException(
                "Can't create table `cathedra`.`x` (errno: 28 \"No space left on device\")", "HY000", 1005))))
                .isTrue();

        assertThat(DatabaseTrouble.isDiskFull(new SQLException("Duplicate entry 'a' for key 'uk'", "23000", 1062)))
                .isFalse();
        assertThat(DatabaseTrouble.isDiskFull(new SQLException("Error 3 in something unrelated", "HY000", 3)))
                .isFalse();
        assertThat(DatabaseTrouble.isDiskFull(new SQLTransientConnectionException("HikariPool-1 - Connection is not"
                + " available"))).isFalse();
    }
}
