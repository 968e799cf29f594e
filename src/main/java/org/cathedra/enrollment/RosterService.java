package org.cathedra.enrollment;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.catalog.OfferingService;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.CurrentUser;
import org.cathedra.directory.Student;
import org.cathedra.directory.UserAccount;
import org.cathedra.enrollment.internal.Admission;
import org.cathedra.enrollment.internal.EnrollmentRepository;
import org.cathedra.enrollment.internal.Journal;
import org.cathedra.enrollment.internal.SeatLedger;
import org.cathedra.enrollment.internal.Waitlist;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rosters of offerings as the academic office keeps them: who is enrolled, waiting or applying; adding people (over
 * capacity only with a recorded reason), withdrawing them, enrolling a whole cohort. Teachers read the rosters of
 * the offerings they teach and decide applications to them.
 */
@Service
@PreAuthorize(Roles.IS_TEACHER_OR_ADMIN)
@Transactional(readOnly = true)
public class RosterService {

    private final EntityManager em;
    private final EnrollmentRepository enrollments;
    private final Admission admission;
    private final SeatLedger seats;
    private final Waitlist waitlist;
    private final Journal journal;
    private final OfferingService offeringService;
    private final CurrentUser currentUser;
    private final Clock clock;

    RosterService(EntityManager em, EnrollmentRepository enrollments, Admission admission, SeatLedger seats,
            Waitlist waitlist, Journal journal, OfferingService offeringService, CurrentUser currentUser,
            Clock clock) {
        this.em = em;
        this.enrollments = enrollments;
        this.admission = admission;
        this.seats = seats;
        this.waitlist = waitlist;
        this.journal = journal;
        this.offeringService = offeringService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Active offerings whose course, section or teacher matches {@code text}, for choosing a roster. */
    @PreAuthorize(Roles.IS_ADMIN)
    public Page<CourseOffering> offerings(@Nullable String text, Pageable pageable) {
        return offeringService.list(new OfferingService.Filter(null, null, text, false), pageable);
    }

    /** The active offerings the signed-in teacher teaches, for choosing a roster. */
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public Page<CourseOffering> myOfferings(Pageable pageable) {
        return offeringService.taughtBy(currentUser.requirePersonId(), null, pageable);
    }

    /** Capacity, seats taken and the lengths of the waitlist and of the pending applications. */
    public SeatSummary seats(long offeringId) {
        offering(offeringId, true);
        SeatLedger.Counter counter = seats.counter(offeringId);
        return new SeatSummary(counter.capacity(), counter.taken(), counter.left(),
                enrollments.countByOfferingIdAndStatusIn(offeringId, Set.of(Enrollment.Status.WAITLISTED)),
                enrollments.countByOfferingIdAndStatusIn(offeringId, Set.of(Enrollment.Status.APPLIED)),
                counter.byApplication());
    }

    /** A page of one part of the roster: the seated, the waiting (in order) or the applicants. */
    public Page<RosterLine> lines(long offeringId, Part part, Pageable pageable) {
        offering(offeringId, true);
        Sort order = part == Part.WAITLIST ? Sort.by("queuedAt", "id") : Sort.by("changedAt", "id");
        Page<Enrollment> page = enrollments.findByOfferingIdAndStatusIn(offeringId, part.statuses,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order));
        Map<Long, Student> students = students(page.stream().map(Enrollment::getStudentId).toList());
        long first = pageable.getOffset();
        return page.map(e -> {
            Student s = students.get(e.getStudentId());
            Integer position = part == Part.WAITLIST
                    ? (int) (first + page.getContent().indexOf(e) + 1) : null;
            return new RosterLine(e.getId(), e.getVersion(), e.getStudentId(), s.getFullName(), s.getCohort(),
                    s.getEmail(), e.getStatus(), e.getKind(), position, e.getOfferExpiresAt(), e.isOverridden(),
                    e.getReason(), e.getChangedAt());
        });
    }

    /** Enrolls a student; a full offering puts them on the waitlist unless {@code override} with a reason. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public Enrollment enroll(long offeringId, long studentId, boolean override, @Nullable String reason) {
        String why = override ? Text.required(reason, "enrollment.reason", Enrollment.REASON_MAX) : null;
        offering(offeringId, false);
        return admission.admit(studentId, offeringId, false, why);
    }

    /** Enrolls every active student of a cohort; counts who got a seat, who waits, who was there already. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public BulkResult enrollCohort(long offeringId, String cohort) {
        String name = Text.required(cohort, "student.cohort", Student.COHORT_MAX);
        offering(offeringId, false);
        List<Student> members = em.createQuery(
                "select s from Student s where s.cohort = :cohort and s.active = true order by s.lastName, s.id",
                Student.class).setParameter("cohort", name).getResultList();
        int enrolled = 0;
        int waitlisted = 0;
        int already = 0;
        int refused = 0;
        for (Student student : members) {
            var existing = enrollments.findByStudentIdAndOfferingId(student.getId(), offeringId);
            if (existing.isPresent() && existing.get().getStatus().isActive()) {
                already++;
                continue;
            }
            try {
                Enrollment e = admission.admit(student.getId(), offeringId, false, null);
                if (e.getStatus() == Enrollment.Status.ENROLLED) {
                    enrolled++;
                } else {
                    waitlisted++;
                }
            } catch (DomainException refusal) {
                refused++;
            }
        }
        return new BulkResult(enrolled, waitlisted, already, refused);
    }

    /** Withdraws anyone's enrollment with a reason; a freed seat is offered to the first person waiting. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public Enrollment withdraw(long enrollmentId, String reason) {
        String why = Text.required(reason, "enrollment.reason", Enrollment.REASON_MAX);
        Enrollment enrollment = enrollment(enrollmentId);
        String before = enrollment.describe();
        boolean override = enrollment.isOverridden();
        boolean heldSeat = enrollment.withdraw(why, clock.instant());
        Enrollment saved = enrollments.saveAndFlush(enrollment);
        journal.changed(saved, "withdrawn", before, why);
        journal.tell(saved, "withdrawn", why);
        if (heldSeat) {
            waitlist.seatFreedBy(saved, override);
        }
        return saved;
    }

    /** Approves an application: a seat if one is free, else the waitlist. Teachers only for their offerings. */
    @Transactional
    public Enrollment approve(long enrollmentId, String reason) {
        String why = Text.required(reason, "enrollment.reason", Enrollment.REASON_MAX);
        Enrollment enrollment = enrollment(enrollmentId);
        offering(enrollment.getOfferingId(), true);
        String before = enrollment.describe();
        if (enrollment.getStatus() != Enrollment.Status.APPLIED) {
            throw new DomainException("error.enrollment.wrongStatus",
                    "enrollment.status." + enrollment.getStatus().name());
        }
        enrollment.approve(seats.take(enrollment.getOfferingId()), why, clock.instant());
        Enrollment saved = enrollments.saveAndFlush(enrollment);
        journal.changed(saved, "approved", before, why);
        journal.tell(saved, "approved", why);
        return saved;
    }

    /** Rejects an application with a reason. Teachers only for their offerings. */
    @Transactional
    public Enrollment reject(long enrollmentId, String reason) {
        String why = Text.required(reason, "enrollment.reason", Enrollment.REASON_MAX);
        Enrollment enrollment = enrollment(enrollmentId);
        offering(enrollment.getOfferingId(), true);
        String before = enrollment.describe();
        enrollment.reject(why, clock.instant());
        Enrollment saved = enrollments.saveAndFlush(enrollment);
        journal.changed(saved, "rejected", before, why);
        journal.tell(saved, "rejected", why);
        return saved;
    }

    /** The cohorts of active students, for bulk enrollment. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<String> cohorts() {
        return em.createQuery("select distinct s.cohort from Student s where s.cohort is not null and s.active = true"
                + " order by s.cohort", String.class).getResultList();
    }

    /** Active students whose name contains {@code text}, for adding one to a roster. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<StudentChoice> students(@Nullable String text, Pageable pageable) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase().replace("%", "")) + "%";
        return em.createQuery("""
                select s from Student s where s.active = true
                  and (lower(s.lastName) like :p or lower(s.firstName) like :p or lower(s.cohort) like :p)
                order by s.lastName, s.firstName, s.id""", Student.class).setParameter("p", pattern)
                .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList()
                .stream().map(s -> new StudentChoice(s.getId(), s.getFullName(), s.getCohort())).toList();
    }

    private Enrollment enrollment(long enrollmentId) {
        return enrollments.findById(enrollmentId)
                .orElseThrow(() -> new NotFoundException("enrollment.record.enrollment", enrollmentId));
    }

    // a teacher may look at and decide on only the offerings they teach
    private CourseOffering offering(long offeringId, boolean teacherMayAct) {
        CourseOffering offering = em.find(CourseOffering.class, offeringId);
        if (offering == null) {
            throw new NotFoundException("enrollment.record.offering", offeringId);
        }
        CathedraUser user = currentUser.require();
        if (!user.is(UserAccount.Role.ADMIN)
                && (!teacherMayAct || user.personId() == null || !offering.isTaughtBy(user.personId()))) {
            throw new AccessDeniedException("offering " + offeringId + " is not taught by " + user.username());
        }
        return offering;
    }

    private Map<Long, Student> students(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from Student s where s.id in :ids", Student.class).setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.toMap(Student::getId, Function.identity()));
    }

    /** The parts of an offering's roster. */
    public enum Part {
        SEATED(EnumSet.of(Enrollment.Status.ENROLLED, Enrollment.Status.OFFERED)),
        WAITLIST(EnumSet.of(Enrollment.Status.WAITLISTED)),
        APPLICATIONS(EnumSet.of(Enrollment.Status.APPLIED));

        private final Set<Enrollment.Status> statuses;

        Part(Set<Enrollment.Status> statuses) {
            this.statuses = statuses;
        }
    }

    /** An offering's seats: {@code taken} may exceed {@code capacity} through overrides. */
    public record SeatSummary(int capacity, int taken, int left, long waitlisted, long applied,
            boolean byApplication) {
    }

    /** One person on a roster; {@code position} is their place in the waitlist (1 = next). */
    public record RosterLine(long enrollmentId, long version, long studentId, String studentName,
            @Nullable String cohort, @Nullable String email, Enrollment.Status status, Enrollment.Kind kind,
            @Nullable Integer position, @Nullable Instant offerExpiresAt, boolean overridden,
            @Nullable String reason, Instant changedAt) {
    }

    /** What a cohort enrollment did: seats, waitlist places, people already there, people refused by rules. */
    public record BulkResult(int enrolled, int waitlisted, int already, int refused) {
    }

    /** A student to pick. */
    public record StudentChoice(long id, String name, @Nullable String cohort) {
    }
}
