package org.cathedra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import liquibase.exception.DatabaseException;
import liquibase.exception.LiquibaseException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

class DiskFullFailureAnalyzerTest {

    private final DiskFullFailureAnalyzer analyzer = new DiskFullFailureAnalyzer();

    @Test
    void a_migration_stopped_by_a_full_disk_is_explained_as_a_full_disk() {
        // as MariaDB answered in the full-disk test: InnoDB could not create the next table's file
        var sql = new SQLException("(conn=25) Can't create table `cathedra`.`room` (errno: 135 \"No more room in record"
                + " file\")", "HY000", 1005);
        var failure = new BeanCreationException("liquibase", new LiquibaseException("Migration failed for changeset"
                + " 0501-scheduling-tables", new DatabaseException(sql.getMessage(), sql)));
        var analysis = analyzer.analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("disk is full", "room", "DATABASECHANGELOG");
        assertThat(analysis.getAction()).contains("Free space");
    }

    @Test
    void a_full_disk_found_by_the_probe_says_that_nothing_was_migrated() {
        var sql = new SQLException("(conn=4) Error writing file './ddl_recovery.log' (Errcode: 28 \"No space left on"
                + " device\")", "HY000", 3);
        var analysis = analyzer.analyze(new BeanCreationException("liquibase",
                new MigrationHeadroom.NoHeadroomException(16, sql)));
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("disk is full", "nothing of the schema was changed");
    }

    @Test
    void other_start_up_failures_are_left_to_the_other_analyzers() {
        var sql = new SQLException("Table 'cathedra.no_such_table' doesn't exist", "42S02", 1146);
        assertThat(analyzer.analyze(new LiquibaseException("Migration failed", sql))).isNull();
        assertThat(analyzer.analyze(new IllegalStateException("port 8080 in use"))).isNull();
    }
}
