package org.cathedra.directory;

import java.util.Locale;
import java.util.UUID;

/** Records for directory tests, unique within a run (every test of a run shares one database). */
public final class DirectoryTestData {

    private DirectoryTestData() {
    }

    /** A short unique token, upper case: usable in codes (at most 20 characters) and names. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    public static DepartmentForm department(String code) {
        DepartmentForm form = new DepartmentForm();
        form.setCode(code);
        form.setNameRu("Кафедра " + code);
        form.setNameEn("Department " + code);
        return form;
    }

    public static TeacherForm teacher(String lastName, long departmentId) {
        TeacherForm form = new TeacherForm();
        form.setLastName(lastName);
        form.setFirstName("Olga");
        form.setMiddleName("Petrovna");
        form.setEmail(lastName.toLowerCase(Locale.ROOT) + "@staff.example");
        form.setDepartmentId(departmentId);
        form.setPosition(Teacher.Position.ASSOCIATE_PROFESSOR);
        form.setDegree(Teacher.AcademicDegree.CANDIDATE);
        return form;
    }

    public static StudentForm student(String lastName, Student.LearnerKind kind) {
        StudentForm form = new StudentForm();
        form.setLastName(lastName);
        form.setFirstName("Ivan");
        form.setEmail(lastName.toLowerCase(Locale.ROOT) + "@learner.example");
        form.setLearnerKind(kind);
        form.setCohort("C-" + lastName);
        form.setStartYear(2026);
        return form;
    }
}
