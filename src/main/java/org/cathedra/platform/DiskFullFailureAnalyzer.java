package org.cathedra.platform;

import org.cathedra.shared.DiskFull;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A database whose disk is full at start-up (during the schema migration, the demo data, or the first write) stops
 * Cathedra with that plain fact and what to do, before the general migration account: the cause is not in the
 * changeset, and nothing is to be fixed in the schema.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class DiskFullFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        if (!DiskFull.in(failure)) {
            return null;
        }
        boolean beforeMigration = false;
        for (Throwable t = failure; t != null && !beforeMigration; t = t.getCause() == t ? null : t.getCause()) {
            beforeMigration = t instanceof MigrationHeadroom.NoHeadroomException;
        }
        String description = "The database's disk is full, so Cathedra did not start.\n\n" + rootMessage(failure)
                + (beforeMigration
                        ? "\n\nThis was found before the schema migration: nothing of the schema was changed."
                        : "\n\nIf the schema migration was running, every changeset before the failed one is applied"
                                + " and recorded in DATABASECHANGELOG, the failed one is not, and the migration lock"
                                + " is released; the next start continues from the failed changeset.");
        String action = "Free space on the disk that holds MariaDB's data directory (or give it a larger volume),"
                + " check that MariaDB is running, and start Cathedra again.";
        return new FailureAnalysis(description, action, failure);
    }

    private static String rootMessage(Throwable failure) {
        return String.valueOf(NestedExceptionUtils.getMostSpecificCause(failure).getMessage()).strip();
    }
}
