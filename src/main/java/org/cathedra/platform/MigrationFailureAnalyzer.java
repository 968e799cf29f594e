package org.cathedra.platform;

import liquibase.exception.LiquibaseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A schema migration that fails at start-up (a full disk, missing privileges, a database changed by hand) stops
 * Cathedra with a plain account of what happened instead of a page of stack trace: which changeset failed and why,
 * that every changeset before it is applied and recorded and none after it, and what to do.
 */
class MigrationFailureAnalyzer extends AbstractFailureAnalyzer<LiquibaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LiquibaseException cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        String description = "The database schema migration failed, so Cathedra did not start.\n\n" + message
                + "\n\nEvery changeset before the failed one is applied and recorded in DATABASECHANGELOG; the failed"
                + " one and those after it are not recorded. MariaDB cannot roll back schema statements, so a"
                + " changeset with several statements may have left the ones before the failing statement in place.";
        String action = "Fix the cause shown above (disk space, the database user's privileges, objects changed by"
                + " hand), check the failed changeset's objects, and start Cathedra again: Liquibase continues from"
                + " the failed changeset. Never edit a changeset that has been applied.";
        return new FailureAnalysis(description, action, cause);
    }
}
