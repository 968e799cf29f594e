package org.cathedra.internship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.Text;

/** A kind of case or procedure a logbook counts: pedigree analysis, karyotype read, counselling session... */
@Entity
@Table(name = "case_type")
public class CaseType extends AbstractEntity {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 200;

    @Column(nullable = false, length = CODE_MAX)
    private String code;

    @Column(name = "name_ru", nullable = false, length = NAME_MAX)
    private String nameRu;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    protected CaseType() {
    }

    public CaseType(String code, String nameRu, String nameEn) {
        this.code = Text.required(code, "internship.caseType.code", CODE_MAX).toUpperCase(Locale.ROOT);
        this.nameRu = Text.required(nameRu, "internship.caseType.nameRu", NAME_MAX);
        this.nameEn = Text.required(nameEn, "internship.caseType.nameEn", NAME_MAX);
    }

    /** Renames the kind of case in both languages; the code stays (entries count by it). */
    public void rename(String nameRu, String nameEn) {
        String ru = Text.required(nameRu, "internship.caseType.nameRu", NAME_MAX);
        this.nameEn = Text.required(nameEn, "internship.caseType.nameEn", NAME_MAX);
        this.nameRu = ru;
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
}
