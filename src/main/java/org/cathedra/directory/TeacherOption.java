package org.cathedra.directory;

/** A teacher offered for choice, for example as the head of a department. */
public record TeacherOption(long id, String fullName) {

    static TeacherOption of(Teacher t) {
        return new TeacherOption(t.getId(), t.getFullName());
    }
}
