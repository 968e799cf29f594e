package org.cathedra.directory;

import org.jspecify.annotations.Nullable;

/** A student as the edit form holds it; the programme is the catalog's, referenced by id. */
public class StudentForm extends PersonForm {

    private Student.@Nullable LearnerKind learnerKind = Student.LearnerKind.RESIDENT;
    private @Nullable Long programmeId;
    private @Nullable String cohort;
    private @Nullable Integer startYear;

    public StudentForm() {
    }

    static StudentForm of(Student s, @Nullable String login) {
        StudentForm form = new StudentForm();
        form.read(s, login);
        form.learnerKind = s.getLearnerKind();
        form.programmeId = s.getProgrammeId();
        form.cohort = s.getCohort();
        form.startYear = s.getStartYear();
        return form;
    }

    public Student.@Nullable LearnerKind getLearnerKind() {
        return learnerKind;
    }

    public void setLearnerKind(Student.@Nullable LearnerKind learnerKind) {
        this.learnerKind = learnerKind;
    }

    public @Nullable Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(@Nullable Long programmeId) {
        this.programmeId = programmeId;
    }

    public @Nullable String getCohort() {
        return cohort;
    }

    public void setCohort(@Nullable String cohort) {
        this.cohort = cohort;
    }

    public @Nullable Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(@Nullable Integer startYear) {
        this.startYear = startYear;
    }
}
