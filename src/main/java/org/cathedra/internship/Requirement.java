package org.cathedra.internship;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * What the learners of a programme (all of them, or one cohort) must do in a placement: the hours and the minimum
 * number of each kind of case. Set by the office; the programme is referenced by id (it belongs to the catalog).
 */
@Entity
@Table(name = "internship_requirement")
public class Requirement extends AbstractEntity {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 200;
    public static final int COHORT_MAX = 40;
    public static final int MAX_HOURS = 5000;
    public static final int MAX_COUNT = 1000;

    @Column(nullable = false, length = CODE_MAX)
    private String code;

    @Column(name = "name_ru", nullable = false, length = NAME_MAX)
    private String nameRu;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(length = COHORT_MAX)
    private @Nullable String cohort;

    @Column(name = "required_hours", nullable = false)
    private int requiredHours;

    @ElementCollection
    @CollectionTable(name = "requirement_count", joinColumns = @JoinColumn(name = "requirement_id"))
    @MapKeyColumn(name = "case_type_id")
    @Column(name = "minimum_count")
    private Map<Long, Integer> minimumCounts = new LinkedHashMap<>();

    protected Requirement() {
    }

    public Requirement(String code, String nameRu, String nameEn, long programmeId, @Nullable String cohort,
            int requiredHours) {
        define(code, nameRu, nameEn, programmeId, cohort, requiredHours);
    }

    /** Sets who must do what; the hours must be positive and plausible. */
    public void define(String code, String nameRu, String nameEn, long programmeId, @Nullable String cohort,
            int requiredHours) {
        if (requiredHours <= 0 || requiredHours > MAX_HOURS) {
            throw new DomainException("error.range", "internship.requirement.hours", 1, MAX_HOURS);
        }
        this.code = Text.required(code, "internship.requirement.code", CODE_MAX).toUpperCase(Locale.ROOT);
        this.nameRu = Text.required(nameRu, "internship.requirement.nameRu", NAME_MAX);
        this.nameEn = Text.required(nameEn, "internship.requirement.nameEn", NAME_MAX);
        this.programmeId = programmeId;
        this.cohort = Text.optional(cohort, "internship.requirement.cohort", COHORT_MAX);
        this.requiredHours = requiredHours;
    }

    /** Requires at least {@code count} cases of a type; zero drops the requirement for that type. */
    public void requireCount(long caseTypeId, int count) {
        if (count < 0 || count > MAX_COUNT) {
            throw new DomainException("error.range", "internship.requirement.count", 0, MAX_COUNT);
        }
        if (count == 0) {
            minimumCounts.remove(caseTypeId);
        } else {
            minimumCounts.put(caseTypeId, count);
        }
    }

    /** Whether a learner of this programme and cohort must do this placement. */
    public boolean applies(@Nullable Long learnerProgrammeId, @Nullable String learnerCohort) {
        return learnerProgrammeId != null && learnerProgrammeId == programmeId
                && (cohort == null || cohort.equals(learnerCohort));
    }

    public String name(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }

    public String getCode() {
        return code;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public @Nullable String getCohort() {
        return cohort;
    }

    public int getRequiredHours() {
        return requiredHours;
    }

    public Map<Long, Integer> getMinimumCounts() {
        return Map.copyOf(minimumCounts);
    }
}
