package org.cathedra.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Text;

/**
 * A programme: a two-year residency, a PhD track, or a CPD course. Degree programmes are measured in credit units,
 * CPD courses in academic hours (usually 36, 72 or 144); both are kept as academic hours.
 */
@Entity
@Table(name = "programme")
public class Programme extends AbstractEntity {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 200;
    public static final int SPECIALITY_MAX = 200;
    public static final int MAX_DURATION_MONTHS = 72;

    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind = Kind.RESIDENCY;

    @Column(name = "name_ru", nullable = false, length = NAME_MAX)
    private String nameRu = "";

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn = "";

    @Column(nullable = false, length = SPECIALITY_MAX)
    private String speciality = "";

    @Column(name = "duration_months", nullable = false)
    private int durationMonths;

    @Column(name = "academic_hours", nullable = false)
    private int academicHours;

    @Column(nullable = false)
    private boolean active = true;

    protected Programme() {
    }

    public Programme(String code, Kind kind, String nameRu, String nameEn, String speciality, int durationMonths,
            StudyLoad load) {
        define(code, kind, nameRu, nameEn, speciality, durationMonths, load);
    }

    /** Sets every attribute at once, so that the rules across them are checked together. */
    public void define(String code, Kind kind, String nameRu, String nameEn, String speciality, int durationMonths,
            StudyLoad load) {
        if (kind == null) {
            throw new DomainException("error.required", "programme.kind");
        }
        if (load == null) {
            throw new DomainException("error.required", "programme.load");
        }
        if (durationMonths < 1 || durationMonths > MAX_DURATION_MONTHS) {
            throw new DomainException("error.range", "programme.durationMonths", 1, MAX_DURATION_MONTHS);
        }
        if (kind != Kind.CPD && load.academicHours() % StudyLoad.HOURS_PER_CREDIT_UNIT != 0) {
            throw new DomainException("error.programme.wholeCredits");
        }
        this.code = Text.required(code, "programme.code", CODE_MAX).toUpperCase(Locale.ROOT);
        this.kind = kind;
        this.nameRu = Text.required(nameRu, "programme.nameRu", NAME_MAX);
        this.nameEn = Text.required(nameEn, "programme.nameEn", NAME_MAX);
        this.speciality = Text.required(speciality, "programme.speciality", SPECIALITY_MAX);
        this.durationMonths = durationMonths;
        this.academicHours = load.academicHours();
    }

    public String getCode() {
        return code;
    }

    public Kind getKind() {
        return kind;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }

    public String getSpeciality() {
        return speciality;
    }

    public int getDurationMonths() {
        return durationMonths;
    }

    public StudyLoad getLoad() {
        return new StudyLoad(academicHours);
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** Residency (two years), PhD track (three to four years), continuing professional development course. */
    public enum Kind { RESIDENCY, PHD, CPD }
}
