package org.cathedra.directory;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A department as the list shows it, with its head's name and the number of its active teachers. */
public record DepartmentRow(long id, String code, String nameRu, String nameEn, @Nullable String headName,
        long teacherCount, boolean active, long version) {

    /** The name in the given language (Russian for "ru", English otherwise). */
    public String name(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
