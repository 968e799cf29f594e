package org.cathedra.audit.internal;

import org.cathedra.shared.AuditedChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit row of a change synchronously, in the transaction that made the change: both commit or neither
 * does. A change published outside a transaction is refused, since its row could outlive a failed change. Changes
 * made together come through {@link AuditRows} instead, written with one statement.
 */
@Component
class AuditListener {

    private final AuditRecordRepository records;

    AuditListener(AuditRecordRepository records) {
        this.records = records;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AuditedChange change) {
        records.save(AuditRecord.of(change));
    }
}
