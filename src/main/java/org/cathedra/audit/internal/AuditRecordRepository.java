package org.cathedra.audit.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Audit rows can be added and read, nothing else: no update or delete method exists. */
public interface AuditRecordRepository extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    long count();

    @Query("""
            select r from AuditRecord r
            where (:entityType is null or r.entityType = :entityType)
              and (:entityId is null or r.entityId = :entityId)
              and (:actor is null or r.actor = :actor)
              and (:from is null or r.at >= :from)
              and (:until is null or r.at < :until)
            """)
    Slice<AuditRecord> search(@Nullable String entityType, @Nullable String entityId, @Nullable String actor,
            @Nullable Instant from, @Nullable Instant until, Pageable pageable);

    List<AuditRecord> findByEntityTypeAndEntityIdOrderByAtAscIdAsc(String entityType, String entityId);

    @Query("select distinct r.entityType from AuditRecord r order by r.entityType")
    List<String> findEntityTypes();
}
