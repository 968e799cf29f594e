package org.cathedra.catalog;

import org.cathedra.shared.UniqueKeys;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.cathedra.catalog.internal.TermRepository;
import org.cathedra.catalog.internal.UniqueKey;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Terms of the academic years. They are never deactivated: a term is a stretch of the calendar, and offerings
 * and grades hang on it. Anyone signed in reads them; administrators create and correct them.
 */
@Service
@PreAuthorize(Roles.ANY)
@Transactional(readOnly = true)
public class TermService {

    private final TermRepository terms;
    private final Clock clock;
    private final InstituteSettings settings;

    TermService(TermRepository terms, Clock clock, InstituteSettings settings) {
        this.terms = terms;
        this.clock = clock;
        this.settings = settings;
    }

    /** A page of terms, of one academic year or all; newest first unless the page asks otherwise. */
    public Page<Term> list(@Nullable Integer academicYear, Pageable pageable) {
        return terms.search(academicYear, Paging.orderedBy(pageable,
                Sort.by(Sort.Order.desc("academicYear"), Sort.Order.asc("startsOn"), Sort.Order.asc("part"))));
    }

    /** One term. */
    public Term get(long id) {
        return terms.findById(id).orElseThrow(() -> new NotFoundException("catalog.record.term", id));
    }

    /** The terms running today at the institute (an autumn or spring term and the CPD year overlap). */
    public List<Term> current() {
        return terms.containing(LocalDate.now(clock.withZone(settings.zone())));
    }

    /** The academic year running today, by its first calendar year: it starts on the 1st of September. */
    public int currentAcademicYear() {
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        return today.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? today.getYear() : today.getYear() - 1;
    }

    /** Creates a term; there is one term of each part per academic year. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public Term create(Draft draft) {
        checkFree(draft, null);
        return store(new Term(draft.academicYear(), draft.part(), draft.startsOn(), draft.endsOn()));
    }

    /** Corrects a term as last seen at {@code version}; a newer version in the database refuses the change. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public Term update(long id, long version, Draft draft) {
        Term term = get(id);
        if (term.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Term.class, id);
        }
        checkFree(draft, id);
        term.define(draft.academicYear(), draft.part(), draft.startsOn(), draft.endsOn());
        return store(term);
    }

    private void checkFree(Draft draft, @Nullable Long exceptId) {
        if (draft.part() != null && terms.taken(draft.academicYear(), draft.part(), exceptId)) {
            throw duplicate(draft.academicYear(), draft.part());
        }
    }

    private Term store(Term term) {
        try {
            return terms.saveAndFlush(term);
        } catch (DataIntegrityViolationException e) {
            if (UniqueKeys.isViolated(e, UniqueKey.TERM_YEAR_PART)) {
                throw duplicate(term.getAcademicYear(), term.getPart());
            }
            throw e;
        }
    }

    private static DomainException duplicate(int year, Term.Part part) {
        return new DomainException("error.term.duplicate", year + "/" + (year + 1), "term.part." + part.name());
    }

    /** A term as entered: the academic year by its first calendar year (2026 for 2026/2027), part and dates. */
    public record Draft(int academicYear, Term.@Nullable Part part, @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn) {
    }
}
