package org.cathedra.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cathedra.audit.internal.AuditRecord;
import org.cathedra.audit.internal.AuditRecordRepository;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit record, for the administrators only. Rows are written by the audit listener alone. */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional(readOnly = true)
public class AuditService {

    private final AuditRecordRepository records;
    private final InstituteSettings settings;

    AuditService(AuditRecordRepository records, InstituteSettings settings) {
        this.records = records;
        this.settings = settings;
    }

    /**
     * What the search asks for; every part is optional. The days are the institute's calendar days, both included.
     */
    public record Filter(@Nullable String entityType, @Nullable String entityId, @Nullable String actor,
            @Nullable LocalDate from, @Nullable LocalDate to) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** One page of audit rows matching {@code filter}, newest first. */
    public Slice<AuditEntry> search(Filter filter, Pageable pageable) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new DomainException("error.audit.dateRange");
        }
        Instant from = filter.from() == null ? null : filter.from().atStartOfDay(settings.zone()).toInstant();
        Instant until = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(settings.zone()).toInstant();
        Sort newestFirst = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));
        Pageable page = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                newestFirst) : PageRequest.of(0, Integer.MAX_VALUE, newestFirst);
        return records.search(blankToNull(filter.entityType()), blankToNull(filter.entityId()),
                blankToNull(filter.actor()), from, until, page).map(AuditRecord::toEntry);
    }

    /** Everything recorded about one record, oldest first. */
    public List<AuditEntry> history(String entityType, String entityId) {
        return records.findByEntityTypeAndEntityIdOrderByAtAscIdAsc(entityType, entityId).stream()
                .map(AuditRecord::toEntry).toList();
    }

    /** The kinds of record that have audit rows, for the filter. */
    public List<String> entityTypes() {
        return records.findEntityTypes();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
