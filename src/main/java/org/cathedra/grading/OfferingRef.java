package org.cathedra.grading;

import java.util.Locale;
import org.cathedra.catalog.CourseOffering;

/** An offering as grading names it: "MG-101 Medical Genetics · A · 2026/2027". */
public record OfferingRef(long id, String courseCode, String courseName, String section, String academicYear,
        String termPart, boolean passFail) {

    public static OfferingRef of(CourseOffering o, Locale locale) {
        return new OfferingRef(o.getId(), o.getCourse().getCode(), o.getCourse().name(locale), o.getSection(),
                o.getTerm().getAcademicYearLabel(), o.getTerm().getPart().name(),
                o.getCourse().getAssessmentForm() == org.cathedra.catalog.Course.AssessmentForm.PASS_FAIL);
    }

    public String label() {
        return courseCode + " " + courseName + " · " + section + " · " + academicYear;
    }
}
