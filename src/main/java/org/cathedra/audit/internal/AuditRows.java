package org.cathedra.audit.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.cathedra.audit.AuditEntry;
import org.cathedra.shared.AuditTrail;
import org.cathedra.shared.AuditedChange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the audit rows of changes made together with one multi-row INSERT, in the caller's transaction and on its
 * connection, whichever manager began it (JPA, or plain JDBC for a group of enrollments); each row is checked and
 * cut as {@link AuditListener} does for one change.
 */
@Component
class AuditRows implements AuditTrail {

    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    AuditRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void recordAll(List<AuditedChange> changes) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("audit rows are written only inside the transaction of their change");
        }
        List<AuditEntry> rows = changes.stream().map(c -> AuditRecord.of(c).toEntry()).toList();
        if (rows.isEmpty()) {
            return;
        }
        String sql = "insert into audit_record (at, actor, entity_type, entity_id, action, before_text, after_text,"
                + " reason) values " + String.join(", ", Collections.nCopies(rows.size(), ROW));
        jdbc.update(sql, statement -> {
            int at = 1;
            for (AuditEntry row : rows) {
                // stored as UTC, as Hibernate stores the single rows (hibernate.jdbc.time_zone=UTC)
                statement.setObject(at++, LocalDateTime.ofInstant(row.at(), ZoneOffset.UTC));
                statement.setString(at++, row.actor());
                statement.setString(at++, row.entityType());
                statement.setString(at++, row.entityId());
                statement.setString(at++, row.action());
                statement.setString(at++, row.before());
                statement.setString(at++, row.after());
                statement.setString(at++, row.reason());
            }
        });
    }
}
