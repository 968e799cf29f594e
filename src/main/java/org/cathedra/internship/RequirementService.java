package org.cathedra.internship;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cathedra.catalog.Programme;
import org.cathedra.internship.internal.CaseTypeRepository;
import org.cathedra.internship.internal.InternshipJournal;
import org.cathedra.internship.internal.RequirementRepository;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Kinds of case and the internship requirements of programmes: data the office sets. */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional(readOnly = true)
public class RequirementService {

    private final CaseTypeRepository caseTypes;
    private final RequirementRepository requirements;
    private final InternshipJournal journal;
    private final EntityManager em;

    RequirementService(CaseTypeRepository caseTypes, RequirementRepository requirements, InternshipJournal journal,
            EntityManager em) {
        this.caseTypes = caseTypes;
        this.requirements = requirements;
        this.journal = journal;
        this.em = em;
    }

    /** A kind of case, named in the reader's language. */
    public record CaseTypeRow(long id, String code, String name, String nameRu, String nameEn) {
    }

    /** A requirement with its minimum counts by case type code. */
    public record RequirementRow(long id, String code, String name, String programmeCode, @Nullable String cohort,
            int requiredHours, Map<String, Integer> minimumCounts, long programmeId, String nameRu, String nameEn) {
    }

    /** Every kind of case, by code; open to everyone signed in (the logbook form lists them). */
    @PreAuthorize(Roles.ANY)
    public List<CaseTypeRow> caseTypes(Locale locale) {
        return caseTypes.findAllByOrderByCode().stream()
                .map(c -> new CaseTypeRow(c.getId(), c.getCode(), c.name(locale), c.getNameRu(),
                        c.getNameEn())).toList();
    }

    /** Adds a kind of case; codes are unique. */
    @Transactional
    public long addCaseType(String code, String nameRu, String nameEn) {
        CaseType type = new CaseType(code, nameRu, nameEn);
        if (caseTypes.existsByCode(type.getCode())) {
            throw new DomainException("error.internship.codeTaken", type.getCode());
        }
        CaseType saved = caseTypes.saveAndFlush(type);
        journal.changed("case_type", saved.getId(), "created", null, saved.getCode(), null);
        return saved.getId();
    }

    /** Renames a kind of case in both languages. */
    @Transactional
    public void renameCaseType(long id, String nameRu, String nameEn) {
        CaseType type = caseTypes.findById(id).orElseThrow(() -> new NotFoundException("internship.record.caseType", id));
        String before = type.getNameRu() + " / " + type.getNameEn();
        type.rename(nameRu, nameEn);
        caseTypes.flush();
        journal.changed("case_type", id, "renamed", before, type.getNameRu() + " / " + type.getNameEn(), null);
    }

    /** Every requirement, by code. */
    public List<RequirementRow> list(Locale locale) {
        Map<Long, String> codes = new java.util.HashMap<>();
        caseTypes.findAll().forEach(c -> codes.put(c.getId(), c.getCode()));
        return requirements.findAllByOrderByCode().stream().map(r -> {
            Map<String, Integer> counts = new java.util.TreeMap<>();
            r.getMinimumCounts().forEach((type, n) -> counts.put(codes.get(type), n));
            return new RequirementRow(r.getId(), r.getCode(), r.name(locale), programme(r.getProgrammeId()).getCode(),
                    r.getCohort(), r.getRequiredHours(), counts, r.getProgrammeId(), r.getNameRu(), r.getNameEn());
        }).toList();
    }

    /** Creates a requirement (id null) or redefines one. */
    @Transactional
    public long save(@Nullable Long id, String code, String nameRu, String nameEn, long programmeId,
            @Nullable String cohort, int requiredHours) {
        programme(programmeId);
        Requirement requirement;
        String before = null;
        if (id == null) {
            requirement = new Requirement(code, nameRu, nameEn, programmeId, cohort, requiredHours);
            if (requirements.existsByCode(requirement.getCode())) {
                throw new DomainException("error.internship.codeTaken", requirement.getCode());
            }
        } else {
            requirement = find(id);
            before = describe(requirement);
            requirement.define(code, nameRu, nameEn, programmeId, cohort, requiredHours);
        }
        Requirement saved = requirements.saveAndFlush(requirement);
        journal.changed("internship_requirement", saved.getId(), id == null ? "created" : "changed", before,
                describe(saved), null);
        return saved.getId();
    }

    /**
     * Creates or redefines a requirement together with its minimum counts (case type id to count; zero or absent
     * drops a count), all in one transaction: a refused count leaves the requirement as it was.
     */
    @Transactional
    public long save(@Nullable Long id, String code, String nameRu, String nameEn, long programmeId,
            @Nullable String cohort, int requiredHours, Map<Long, Integer> counts) {
        long saved = save(id, code, nameRu, nameEn, programmeId, cohort, requiredHours);
        Requirement requirement = find(saved);
        java.util.Set<Long> types = new java.util.HashSet<>(requirement.getMinimumCounts().keySet());
        types.addAll(counts.keySet());
        for (Long type : types) {
            Integer asked = counts.get(type);
            int count = asked == null ? 0 : asked;
            if (!java.util.Objects.equals(requirement.getMinimumCounts().get(type), count == 0 ? null : count)) {
                requireCount(saved, type, count);
            }
        }
        requirements.flush();
        return saved;
    }

    /** Sets the minimum count of a kind of case; zero removes it. */
    @Transactional
    public void requireCount(long requirementId, long caseTypeId, int count) {
        Requirement requirement = find(requirementId);
        caseTypes.findById(caseTypeId).orElseThrow(() -> new NotFoundException("internship.record.caseType", caseTypeId));
        String before = describe(requirement);
        requirement.requireCount(caseTypeId, count);
        journal.changed("internship_requirement", requirementId, "count.changed", before, describe(requirement), null);
    }

    private Requirement find(long id) {
        return requirements.findById(id).orElseThrow(() -> new NotFoundException("internship.record.requirement", id));
    }

    private Programme programme(long id) {
        Programme programme = em.find(Programme.class, id);
        if (programme == null) {
            throw new NotFoundException("internship.record.programme", id);
        }
        return programme;
    }

    private static String describe(Requirement r) {
        return r.getCode() + ", programme " + r.getProgrammeId() + (r.getCohort() == null ? "" : ", " + r.getCohort())
                + ", " + r.getRequiredHours() + " h, counts " + new java.util.TreeMap<>(r.getMinimumCounts());
    }
}
