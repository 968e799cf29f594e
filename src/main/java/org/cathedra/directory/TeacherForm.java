package org.cathedra.directory;

import org.jspecify.annotations.Nullable;

/** A teacher as the edit form holds it. */
public class TeacherForm extends PersonForm {

    private @Nullable Long departmentId;
    private Teacher.@Nullable Position position = Teacher.Position.ASSISTANT;
    private Teacher.@Nullable AcademicDegree degree = Teacher.AcademicDegree.NONE;
    private boolean external;

    public TeacherForm() {
    }

    static TeacherForm of(Teacher t, @Nullable String login) {
        TeacherForm form = new TeacherForm();
        form.read(t, login);
        form.departmentId = t.getDepartment().getId();
        form.position = t.getPosition();
        form.degree = t.getDegree();
        form.external = t.isExternal();
        return form;
    }

    public @Nullable Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(@Nullable Long departmentId) {
        this.departmentId = departmentId;
    }

    public Teacher.@Nullable Position getPosition() {
        return position;
    }

    public void setPosition(Teacher.@Nullable Position position) {
        this.position = position;
    }

    public Teacher.@Nullable AcademicDegree getDegree() {
        return degree;
    }

    public void setDegree(Teacher.@Nullable AcademicDegree degree) {
        this.degree = degree;
    }

    public boolean isExternal() {
        return external;
    }

    public void setExternal(boolean external) {
        this.external = external;
    }
}
