package org.cathedra.directory;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A teacher as the list shows it, with the department and the user name of their login, if any. */
public record TeacherRow(long id, String fullName, @Nullable String email, String departmentCode,
        String departmentNameRu, String departmentNameEn, Teacher.Position position, Teacher.AcademicDegree degree,
        boolean external, boolean active, long version, @Nullable String login) {

    public String departmentName(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? departmentNameRu : departmentNameEn;
    }
}
