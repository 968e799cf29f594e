package org.cathedra.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the audit record as the administrator reads it. */
public record AuditEntry(long id, Instant at, @Nullable String actor, String entityType, String entityId,
        String action, @Nullable String before, @Nullable String after, @Nullable String reason) {
}
