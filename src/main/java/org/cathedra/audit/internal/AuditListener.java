package org.cathedra.audit.internal;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.cathedra.audit.AuditEntry;
import org.cathedra.shared.AuditedChange;
import org.cathedra.shared.AuditedChanges;
import org.hibernate.Session;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit row of a change synchronously, in the transaction that made the change: both commit or neither
 * does. A change published outside a transaction is refused, since its row could outlive a failed change.
 */
@Component
class AuditListener {

    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";

    private final AuditRecordRepository records;
    private final EntityManager em;

    AuditListener(AuditRecordRepository records, EntityManager em) {
        this.records = records;
        this.em = em;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AuditedChange change) {
        records.save(AuditRecord.of(change));
    }

    /** The rows of changes made together, checked as one by one, and written with one multi-row INSERT. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AuditedChanges together) {
        List<AuditEntry> rows = together.changes().stream().map(c -> AuditRecord.of(c).toEntry()).toList();
        if (rows.isEmpty()) {
            return;
        }
        String sql = "insert into audit_record (at, actor, entity_type, entity_id, action, before_text, after_text,"
                + " reason) values " + String.join(", ", Collections.nCopies(rows.size(), ROW));
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int at = 1;
                for (AuditEntry row : rows) {
                    // stored as UTC, as Hibernate stores the single rows (hibernate.jdbc.time_zone=UTC)
                    insert.setObject(at++, LocalDateTime.ofInstant(row.at(), ZoneOffset.UTC));
                    insert.setString(at++, row.actor());
                    insert.setString(at++, row.entityType());
                    insert.setString(at++, row.entityId());
                    insert.setString(at++, row.action());
                    insert.setString(at++, row.before());
                    insert.setString(at++, row.after());
                    insert.setString(at++, row.reason());
                }
                insert.executeUpdate();
            }
        });
    }
}
