package org.cathedra.enrollment.internal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.directory.Student;
import org.cathedra.enrollment.Enrollment;
import org.cathedra.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Lets a student into an offering, by whichever path: the programme and prerequisite rules, then a seat (or a
 * waitlist place, or an application), then the audit record. Windows and roles are the callers' business.
 *
 * <p>Prerequisites, kept simple: each prerequisite course of the offering's course must have an ENROLLED
 * enrollment of the student in an offering whose term starts before this offering's term.
 */
@Component
public class Admission {

    private final EntityManager em;
    private final EnrollmentRepository enrollments;
    private final SeatLedger seats;
    private final Journal journal;
    private final Clock clock;

    Admission(EntityManager em, EnrollmentRepository enrollments, SeatLedger seats, Journal journal, Clock clock) {
        this.em = em;
        this.enrollments = enrollments;
        this.seats = seats;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Admits {@code student}: over capacity when {@code overrideReason} is given, else to a free seat or the
     * waitlist; by application when the offering admits that way and {@code honourApplications}.
     */
    public Enrollment admit(Student student, CourseOffering offering, boolean honourApplications,
            @Nullable String overrideReason) {
        checkRules(student, offering);
        long offeringId = offering.getId();
        Enrollment enrollment = enrollments.findByStudentIdAndOfferingId(student.getId(), offeringId)
                .orElse(null);
        String before = null;
        Instant now = clock.instant();
        if (enrollment == null) {
            enrollment = new Enrollment(student.getId(), offeringId, Enrollment.Kind.DIRECT, now);
        } else {
            enrollment.checkCanStart();
            before = enrollment.describe();
        }
        if (overrideReason != null) {
            seats.takeOverCapacity(offeringId);
            enrollment.enrol(now, overrideReason);
        } else if (honourApplications && seats.counter(offeringId).byApplication()) {
            enrollment.apply(now);
        } else if (!someoneWaits(offeringId) && seats.take(offeringId)) {
            enrollment.enrol(now, null);
        } else {
            enrollment.queue(now);
        }
        Enrollment saved = enrollments.saveAndFlush(enrollment);
        journal.changed(saved, before == null ? "created" : "restarted", before, overrideReason);
        return saved;
    }

    // seats freed by a larger capacity belong to the people already waiting, not to newcomers
    private boolean someoneWaits(long offeringId) {
        return enrollments.existsByOfferingIdAndStatus(offeringId, Enrollment.Status.WAITLISTED);
    }

    /** The offering's course is in the student's programme, and its prerequisites were taken before. */
    public void checkRules(Student student, CourseOffering offering) {
        if (!offering.isActive()) {
            throw new DomainException("error.enrollment.inactiveOffering");
        }
        Long programmeId = student.getProgrammeId();
        if (programmeId == null) {
            throw new DomainException("error.enrollment.noProgramme");
        }
        boolean inCurriculum = em.createQuery("""
                select count(ce) > 0 from CurriculumEntry ce
                where ce.programme.id = :programme and ce.course.id = :course""", Boolean.class)
                .setParameter("programme", programmeId).setParameter("course", offering.getCourse().getId())
                .getSingleResult();
        if (!inCurriculum) {
            throw new DomainException("error.enrollment.notInProgramme", offering.getCourse().getCode());
        }
        List<?> missing = em.createNativeQuery("""
                select c.code from course_prerequisite p join course c on c.id = p.prerequisite_id
                where p.course_id = ?1 and not exists (
                  select 1 from enrollment e join course_offering o on o.id = e.offering_id
                  join term t on t.id = o.term_id
                  where e.student_id = ?2 and e.status = 'ENROLLED' and o.course_id = p.prerequisite_id
                    and t.starts_on < ?3)
                order by c.code""")
                .setParameter(1, offering.getCourse().getId()).setParameter(2, student.getId())
                .setParameter(3, offering.getTerm().getStartsOn()).getResultList();
        if (!missing.isEmpty()) {
            throw new DomainException("error.enrollment.prerequisite",
                    String.join(", ", missing.stream().map(String::valueOf).toList()));
        }
    }
}
