package org.cathedra.shared;

import java.util.List;

/**
 * Several changes made together, in one transaction (a group of enrollments admitted at once): the audit module
 * writes their rows in one statement, in that transaction, as it writes one {@link AuditedChange}.
 */
public record AuditedChanges(List<AuditedChange> changes) {

    public AuditedChanges {
        changes = List.copyOf(changes);
    }
}
