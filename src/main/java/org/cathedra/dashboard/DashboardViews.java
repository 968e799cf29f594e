package org.cathedra.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cathedra.catalog.Course;
import org.cathedra.catalog.Programme;
import org.cathedra.catalog.Term;
import org.cathedra.directory.Student;
import org.cathedra.directory.Teacher;
import org.jspecify.annotations.Nullable;

/** What the three landing pages show, read in one go from the database. */
public final class DashboardViews {

    private DashboardViews() {
    }

    /** A student's landing page: who they are, their programme and this year's courses. */
    public record StudentHome(String fullName, Student.LearnerKind learnerKind, @Nullable ProgrammeCard programme,
            @Nullable String cohort, int startYear, int yearOfStudy, int academicYear, List<CourseLine> courses) {
    }

    /** The programme as the student sees it. */
    public record ProgrammeCard(String code, String name, Programme.Kind kind, String speciality,
            int durationMonths, BigDecimal creditUnits, int academicHours) {
    }

    /** One course of the current year with its offering, if one is scheduled. */
    public record CourseLine(String code, String name, BigDecimal creditUnits, int academicHours,
            Course.AssessmentForm form, Course.Component component, Term.@Nullable Part term,
            @Nullable String section, List<String> teachers) {
    }

    /** A teacher's landing page: their department and the offerings they teach this year. */
    public record TeacherHome(String fullName, String department, Teacher.Position position, int academicYear,
            List<OfferingLine> offerings) {
    }

    /** One offering a teacher teaches. */
    public record OfferingLine(long offeringId, String code, String name, Term.Part term, String section,
            int capacity, int academicHours, Course.AssessmentForm form) {
    }

    /** The academic office's overview: counts straight from the database. */
    public record AdminHome(int academicYear, long departments, long teachers, Map<Student.LearnerKind, Long> students,
            long programmes, long courses, long offeringsThisYear, long lockedAccounts) {
    }
}
