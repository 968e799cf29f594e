package org.cathedra.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cathedra.audit.AuditEntry;
import org.cathedra.shared.AuditedChange;
import org.cathedra.shared.DomainException;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One audited change. Written once and never changed: the class has no mutators, Hibernate treats it as immutable,
 * and triggers in the database refuse UPDATE and DELETE on the table.
 */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord {

    static final int ACTOR_MAX = 60;
    static final int TYPE_MAX = 40;
    static final int ID_MAX = 64;
    static final int ACTION_MAX = 60;
    static final int TEXT_MAX = 2000;
    static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private Instant at = Instant.EPOCH;

    @Column(length = ACTOR_MAX)
    private @Nullable String actor;

    @Column(name = "entity_type", nullable = false, length = TYPE_MAX)
    private String entityType = "";

    @Column(name = "entity_id", nullable = false, length = ID_MAX)
    private String entityId = "";

    @Column(nullable = false, length = ACTION_MAX)
    private String action = "";

    @Column(name = "before_text", length = TEXT_MAX)
    private @Nullable String before;

    @Column(name = "after_text", length = TEXT_MAX)
    private @Nullable String after;

    @Column(length = REASON_MAX)
    private @Nullable String reason;

    protected AuditRecord() {
    }

    /**
     * The row for a published change. What identifies the change must be present and fit its column, or the change
     * is refused (and with it the publisher's transaction); long descriptions are shortened rather than lost.
     */
    static AuditRecord of(AuditedChange change) {
        AuditRecord record = new AuditRecord();
        record.at = required(change.at(), "at");
        record.entityType = identifying(change.entityType(), "entityType", TYPE_MAX);
        record.entityId = identifying(change.entityId(), "entityId", ID_MAX);
        record.action = identifying(change.action(), "action", ACTION_MAX);
        record.actor = change.actor() == null ? null : identifying(change.actor(), "actor", ACTOR_MAX);
        record.before = shortened(change.before(), TEXT_MAX);
        record.after = shortened(change.after(), TEXT_MAX);
        record.reason = shortened(change.reason(), REASON_MAX);
        return record;
    }

    /** The row as the administrator reads it. */
    public AuditEntry toEntry() {
        return new AuditEntry(id == null ? 0 : id, at, actor, entityType, entityId, action, before, after, reason);
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new DomainException("error.audit.incomplete", field);
        }
        return value;
    }

    private static String identifying(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new DomainException("error.audit.incomplete", field);
        }
        return value.strip();
    }

    private static @Nullable String shortened(@Nullable String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
