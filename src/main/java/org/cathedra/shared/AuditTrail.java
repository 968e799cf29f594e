package org.cathedra.shared;

import java.util.List;

/**
 * Writes the audit rows of changes made together, in the caller's transaction and on its connection, with one
 * statement: for the registration rush, where a group of enrollments is written with plain JDBC and an event per
 * group costs more than its rows. Every other change publishes an {@link AuditedChange}; both end in the same
 * table, checked by the same rules. Refused outside a transaction, where a row could outlive a failed change.
 */
public interface AuditTrail {

    void recordAll(List<AuditedChange> changes);
}
