package org.cathedra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
}
