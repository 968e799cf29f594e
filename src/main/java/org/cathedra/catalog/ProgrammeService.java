package org.cathedra.catalog;

import org.cathedra.shared.UniqueKeys;
import java.util.Locale;
import org.cathedra.catalog.internal.ProgrammeRepository;
import org.cathedra.shared.SearchPattern;
import org.cathedra.catalog.internal.UniqueKey;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programmes: residencies, PhD tracks and CPD courses. Anyone signed in reads them; administrators keep them. */
@Service
@PreAuthorize(Roles.ANY)
@Transactional(readOnly = true)
public class ProgrammeService {

    private final ProgrammeRepository programmes;

    ProgrammeService(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    /** A page of programmes matching the filter, by code unless the page asks for another order. */
    public Page<Programme> list(Filter filter, Pageable pageable) {
        return programmes.search(SearchPattern.containing(filter.text()), filter.kind(), filter.includeInactive(),
                Paging.orderedBy(pageable, Sort.by("code")));
    }

    /** One programme, active or not. */
    public Programme get(long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("catalog.record.programme", id));
    }

    /** Creates a programme; its code must not be in use. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public Programme create(Draft draft) {
        checkCodeFree(draft.code(), null);
        return store(new Programme(draft.code(), draft.kind(), draft.nameRu(), draft.nameEn(), draft.speciality(),
                draft.durationMonths(), draft.load()));
    }

    /** Changes a programme as last seen at {@code version}; a newer version in the database refuses the change. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public Programme update(long id, long version, Draft draft) {
        Programme programme = current(id, version);
        checkCodeFree(draft.code(), id);
        programme.define(draft.code(), draft.kind(), draft.nameRu(), draft.nameEn(), draft.speciality(),
                draft.durationMonths(), draft.load());
        return store(programme);
    }

    /** Withdraws a programme from new choices; nothing that refers to it is lost. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public Programme deactivate(long id, long version) {
        Programme programme = current(id, version);
        programme.deactivate();
        return store(programme);
    }

    /** Offers a deactivated programme again. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public Programme activate(long id, long version) {
        Programme programme = current(id, version);
        programme.activate();
        return store(programme);
    }

    private Programme current(long id, long version) {
        Programme programme = get(id);
        if (programme.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Programme.class, id);
        }
        return programme;
    }

    private void checkCodeFree(@Nullable String code, @Nullable Long exceptId) {
        String normalized = Text.required(code, "programme.code", Programme.CODE_MAX).toUpperCase(Locale.ROOT);
        if (programmes.codeTaken(normalized, exceptId)) {
            throw new DomainException("error.duplicateCode", normalized);
        }
    }

    private Programme store(Programme programme) {
        try {
            return programmes.saveAndFlush(programme);
        } catch (DataIntegrityViolationException e) {
            if (UniqueKeys.isViolated(e, UniqueKey.PROGRAMME_CODE)) {
                throw new DomainException("error.duplicateCode", programme.getCode());
            }
            throw e;
        }
    }

    /** What the programme list shows: text in code, names or speciality; a kind; inactive ones too or not. */
    public record Filter(@Nullable String text, Programme.@Nullable Kind kind, boolean includeInactive) {

        public static final Filter ALL = new Filter(null, null, true);
    }

    /** A programme as entered; the load is in academic hours, whole credit units for degree programmes. */
    public record Draft(@Nullable String code, Programme.@Nullable Kind kind, @Nullable String nameRu,
            @Nullable String nameEn, @Nullable String speciality, int durationMonths, @Nullable StudyLoad load) {
    }
}
