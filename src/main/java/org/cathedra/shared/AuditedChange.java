package org.cathedra.shared;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A change to a record the law wants traced (grades, personal data, enrollments): published by the module that
 * made it, inside its transaction, and written by the audit module in that same transaction, so that a change
 * and its audit row commit or roll back together.
 *
 * @param entityType what kind of record ("enrollment", "student", ...)
 * @param entityId   its id, as text
 * @param action     what happened ("created", "withdrawn", "grade.changed", ...)
 * @param actor      the user name of whoever did it, or null for the system (a scheduled job)
 * @param before     a short description of the state before, or null when created
 * @param after      a short description of the state after, or null when removed
 * @param reason     the reason given, if any
 * @param at         when
 */
public record AuditedChange(String entityType, String entityId, String action, @Nullable String actor,
        @Nullable String before, @Nullable String after, @Nullable String reason, Instant at) {
}
