package org.cathedra.grading;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cathedra.catalog.Course;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.catalog.Programme;
import org.cathedra.directory.CurrentUser;
import org.cathedra.directory.Student;
import org.cathedra.grading.internal.AssessmentScheme;
import org.cathedra.grading.internal.FinalGrade;
import org.cathedra.grading.internal.FinalGradeRepository;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record book: every course a student has a locked final grade in, with credit units, hours, assessment form,
 * grade, date and teacher, and the credit units earned against the programme's requirement. A student reads their
 * own; the office reads anyone's.
 */
@Service
@PreAuthorize(Roles.ANY)
@Transactional(readOnly = true)
public class RecordBookService {

    /** Residency: 120 credit units, of which disciplines at least 42, practice at least 69, final certification 3. */
    public static final Map<Course.Component, BigDecimal> RESIDENCY_MINIMUMS = Map.of(
            Course.Component.DISCIPLINE, BigDecimal.valueOf(42),
            Course.Component.PRACTICE, BigDecimal.valueOf(69),
            Course.Component.FINAL_CERTIFICATION, BigDecimal.valueOf(3));

    private final EntityManager em;
    private final FinalGradeRepository finals;
    private final CurrentUser currentUser;

    RecordBookService(EntityManager em, FinalGradeRepository finals, CurrentUser currentUser) {
        this.em = em;
        this.finals = finals;
        this.currentUser = currentUser;
    }

    /** One course in the record book. {@code grade} is null for a pass/fail course. */
    public record Line(String courseCode, String courseName, BigDecimal creditUnits, int hours,
            Course.AssessmentForm form, Course.Component component, @Nullable Integer grade, boolean passed,
            LocalDate date, String teacher, String academicYear) {
    }

    /** Credit units earned in one part of the curriculum against its minimum (null where none is set). */
    public record Progress(Course.Component component, BigDecimal earned, @Nullable BigDecimal required) {
    }

    /** A student's record book. */
    public record RecordBook(long studentId, String studentName, @Nullable String programme,
            Programme.@Nullable Kind programmeKind, List<Line> lines, List<Progress> progress, BigDecimal earned,
            @Nullable BigDecimal required) {
    }

    /** The signed-in student's record book. */
    @PreAuthorize("hasRole('" + Roles.STUDENT + "')")
    public RecordBook mine(Locale locale) {
        return build(currentUser.requirePersonId(), locale);
    }

    /** Any student's record book, for the office. */
    @PreAuthorize(Roles.IS_ADMIN)
    public RecordBook of(long studentId, Locale locale) {
        return build(studentId, locale);
    }

    private RecordBook build(long studentId, Locale locale) {
        Student student = em.find(Student.class, studentId);
        if (student == null) {
            throw new NotFoundException("grading.record.student", studentId);
        }
        Programme programme = student.getProgrammeId() == null ? null
                : em.find(Programme.class, student.getProgrammeId());
        List<Line> lines = new ArrayList<>();
        Map<Course.Component, BigDecimal> earned = new EnumMap<>(Course.Component.class);
        for (FinalGrade g : finals.findByStudentId(studentId)) {
            AssessmentScheme scheme = em.find(AssessmentScheme.class, g.getSchemeId());
            CourseOffering o = em.find(CourseOffering.class, scheme.getOfferingId());
            Course c = o.getCourse();
            BigDecimal units = c.getLoad().creditUnits();
            lines.add(new Line(c.getCode(), c.name(locale), units, c.getLoad().academicHours(),
                    c.getAssessmentForm(), c.getComponent(),
                    c.getAssessmentForm() == Course.AssessmentForm.PASS_FAIL ? null : g.getGrade(), g.isPassed(),
                    g.getGradedOn(), g.getTeacherName(), o.getTerm().getAcademicYearLabel()));
            if (g.isPassed()) {
                earned.merge(c.getComponent(), units, BigDecimal::add);
            }
        }
        lines.sort(java.util.Comparator.comparing(Line::date).thenComparing(Line::courseCode));
        boolean residency = programme != null && programme.getKind() == Programme.Kind.RESIDENCY;
        List<Progress> progress = new ArrayList<>();
        for (Course.Component part : Course.Component.values()) {
            progress.add(new Progress(part, earned.getOrDefault(part, BigDecimal.ZERO),
                    residency ? RESIDENCY_MINIMUMS.get(part) : null));
        }
        BigDecimal total = earned.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RecordBook(studentId, student.getFullName(), programme == null ? null : programme.name(locale),
                programme == null ? null : programme.getKind(), lines, progress, total,
                programme == null || programme.getKind() == Programme.Kind.CPD ? null
                        : programme.getLoad().creditUnits());
    }
}
