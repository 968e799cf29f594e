package org.cathedra.grading;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cathedra.catalog.Course;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.enrollment.Enrollment;
import org.cathedra.enrollment.EnrollmentFixture;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Offerings taught by the demo {@code teacher} with students enrolled, for grading tests and the benchmark. */
@Component
@Transactional
public class GradingFixture {

    private final EntityManager em;
    private final EnrollmentFixture enrollment;
    private final Clock clock;

    GradingFixture(EntityManager em, EnrollmentFixture enrollment, Clock clock) {
        this.em = em;
        this.enrollment = enrollment;
        this.clock = clock;
    }

    /** What {@link #offering} made: the offering, its programme and its enrolled students in name order. */
    public record Setup(long offeringId, long programmeId, List<Long> students) {
    }

    /** An exam course offering taught by {@code teacher}, with {@code students} enrolled. */
    public Setup offering(int students) {
        var setup = enrollment.offeringOpenNow(Math.max(students, 1) + 5);
        List<Long> ids = enrollment.students(setup.programmeId(), "GR", students);
        enrol(setup.offeringId(), ids);
        return new Setup(setup.offeringId(), setup.programmeId(), ids);
    }

    /** Enrolls people straight into seats, as the office would. */
    @Transactional
    public void enrol(long offeringId, List<Long> students) {
        Instant now = clock.instant();
        for (long s : students) {
            Enrollment e = new Enrollment(s, offeringId, Enrollment.Kind.DIRECT, now);
            e.enrol(now, null);
            em.persist(e);
        }
        em.createNativeQuery("update offering_seats set taken = taken + ?1 where offering_id = ?2")
                .setParameter(1, students.size()).setParameter(2, offeringId).executeUpdate();
    }

    /** Makes the course of the offering a pass/fail one. */
    @Transactional
    public void passFail(long offeringId) {
        Course c = em.find(CourseOffering.class, offeringId).getCourse();
        c.define(c.getCode(), c.getNameRu(), c.getNameEn(), c.getDepartment(), c.getLoad(),
                Course.AssessmentForm.PASS_FAIL, c.getComponent());
    }

    /** Test 30 %, colloquium 20 % on 100 points, exam 50 % that must be passed. */
    public static List<Gradebook.ComponentDraft> usualScheme() {
        return List.of(
                new Gradebook.ComponentDraft(ComponentKind.TEST, "Test", new BigDecimal("0.3"), "FIVE", false),
                new Gradebook.ComponentDraft(ComponentKind.COLLOQUIUM, "Colloquium", new BigDecimal("0.2"), "HUNDRED",
                        false),
                new Gradebook.ComponentDraft(ComponentKind.EXAM, "Exam", new BigDecimal("0.5"), "FIVE", true));
    }
}
