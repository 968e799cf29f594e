package org.cathedra.catalog;

import org.cathedra.directory.Teacher;
import org.jspecify.annotations.Nullable;

/**
 * A teacher offered for choice when staffing an offering: id, full name ("Last First Middle") and department code.
 * Two choices are equal when they stand for the same teacher.
 */
public record TeacherChoice(long id, String fullName, String departmentCode) {

    public TeacherChoice(long id, String lastName, String firstName, @Nullable String middleName,
            String departmentCode) {
        this(id, middleName == null ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName,
                departmentCode);
    }

    /** The choice for a teacher whose department is loaded. */
    public static TeacherChoice of(Teacher teacher) {
        return new TeacherChoice(teacher.getId(), teacher.getFullName(), teacher.getDepartment().getCode());
    }

    /** "Sokolova Irina Andreevna (MG)". */
    public String label() {
        return fullName + " (" + departmentCode + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TeacherChoice that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
