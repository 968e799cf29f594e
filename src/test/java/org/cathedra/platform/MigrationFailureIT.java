package org.cathedra.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.DriverManager;
import liquibase.exception.LiquibaseException;
import org.cathedra.CathedraApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A migration that fails at start-up stops the application with a plain explanation, records every changeset
 * before the failed one and none after, and leaves the migration lock free for the next start.
 */
class MigrationFailureIT {

    @Test
    void a_failing_changeset_stops_the_start_with_an_explanation_and_a_consistent_changelog() throws Exception {
        EmbeddedMariaDb server = EmbeddedMariaDb.startOnce(Path.of("target/it-db"), "cathedra_it");
        server.createDatabase("cathedra_failing");
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        Throwable failure;
        try {
            failure = catchThrowable(() -> new SpringApplicationBuilder(CathedraApplication.class)
                    .profiles("prod")
                    .properties("spring.datasource.url=" + server.jdbcUrl("cathedra_failing"),
                            "spring.datasource.username=root", "spring.datasource.password=",
                            "server.port=0", "vaadin.productionMode=false")
                    // a command-line argument: the application's own properties name the real changelog
                    .run("--spring.liquibase.change-log=classpath:db/failing-changelog.yaml").close());
        } finally {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
        assertThat(failure).as("the start fails").isNotNull();

        LiquibaseException cause = find(failure, LiquibaseException.class);
        assertThat(cause).as("the cause is the migration").isNotNull();
        FailureAnalysis analysis = new MigrationFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("schema migration failed", "9999-cannot-apply",
                "no_such_table");
        assertThat(analysis.getAction()).contains("start Cathedra again");

        try (var c = DriverManager.getConnection(server.jdbcUrl("cathedra_failing"), "root", "")) {
            try (var rs = c.createStatement().executeQuery("select count(*), sum(id = '9999-cannot-apply'),"
                    + " sum(id = '0801-scheduler-lock') from DATABASECHANGELOG")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the real changesets are recorded").isGreaterThan(5);
                assertThat(rs.getInt(2)).as("the failed one is not").isZero();
                assertThat(rs.getInt(3)).as("the last real one is").isEqualTo(1);
            }
            try (var rs = c.createStatement().executeQuery("select max(locked) from DATABASECHANGELOGLOCK")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("the migration lock is released").isFalse();
            }
        }
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
