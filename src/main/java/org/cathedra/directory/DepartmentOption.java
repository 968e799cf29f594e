package org.cathedra.directory;

import java.util.Locale;

/** A department offered for choice in a form or a filter. */
public record DepartmentOption(long id, String code, String nameRu, String nameEn, boolean active) {

    static DepartmentOption of(Department d) {
        return new DepartmentOption(d.getId(), d.getCode(), d.getNameRu(), d.getNameEn(), d.isActive());
    }

    /** "CODE · name" in the given language. */
    public String label(Locale locale) {
        return code + " · " + ("ru".equals(locale.getLanguage()) ? nameRu : nameEn);
    }
}
