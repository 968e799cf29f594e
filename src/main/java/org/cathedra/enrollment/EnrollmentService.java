package org.cathedra.enrollment;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.CurrentUser;
import org.cathedra.directory.Student;
import org.cathedra.enrollment.internal.Admission;
import org.cathedra.enrollment.internal.EnrollmentRepository;
import org.cathedra.enrollment.internal.GroupAdmission;
import org.cathedra.enrollment.internal.Journal;
import org.cathedra.enrollment.internal.SeatLedger;
import org.cathedra.enrollment.internal.Waitlist;
import org.cathedra.enrollment.internal.Windows;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A student's own enrollments: what is open to them, enrolling, withdrawing, and answering an offered seat. Every
 * method acts on the signed-in student only; someone else's enrollment id is answered as not found.
 */
@Service
@PreAuthorize("hasRole('" + Roles.STUDENT + "')")
@Transactional(readOnly = true)
public class EnrollmentService {

    private final EntityManager em;
    private final EnrollmentRepository enrollments;
    private final Admission admission;
    private final SeatLedger seats;
    private final Waitlist waitlist;
    private final Windows windows;
    private final Journal journal;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final InstituteSettings settings;
    private final GroupAdmission group;
    private final TransactionTemplate transactions;

    EnrollmentService(EntityManager em, EnrollmentRepository enrollments, Admission admission, SeatLedger seats,
            Waitlist waitlist, Windows windows, Journal journal, CurrentUser currentUser, Clock clock,
            InstituteSettings settings, GroupAdmission group, PlatformTransactionManager transactionManager) {
        this.group = group;
        this.transactions = new TransactionTemplate(transactionManager);
        this.em = em;
        this.enrollments = enrollments;
        this.admission = admission;
        this.seats = seats;
        this.waitlist = waitlist;
        this.windows = windows;
        this.journal = journal;
        this.currentUser = currentUser;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * The offerings of the student's programme in terms not yet over that they do not hold already, with their
     * window and seats left; bounded by the size of one curriculum, so not paged.
     */
    public List<OpenOffering> openToMe(Locale locale) {
        Student student = me();
        if (student.getProgrammeId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        Set<Long> held = Set.copyOf(enrollments.offeringsOf(student.getId(), Enrollment.Status.ACTIVE));
        List<CourseOffering> offerings = em.createQuery("""
                select o from CourseOffering o join fetch o.course c join fetch o.term t
                where o.active = true and t.endsOn >= :today and exists (
                  select ce from CurriculumEntry ce where ce.programme.id = :programme and ce.course = c)
                order by t.startsOn, c.code, o.section""", CourseOffering.class)
                .setParameter("today", today).setParameter("programme", student.getProgrammeId())
                .getResultList().stream().filter(o -> !held.contains(o.getId())).toList();
        Map<Long, EnrollmentWindow> windowOf = windows.of(offerings);
        List<Long> ids = offerings.stream().map(CourseOffering::getId).toList();
        Map<Long, SeatLedger.Counter> counters = seats.counters(ids);
        Map<Long, String> missing = admission.missingPrerequisites(student.getId(), ids);
        Instant now = clock.instant();
        return offerings.stream().map(o -> {
            SeatLedger.Counter counter = counters.get(o.getId());
            EnrollmentWindow w = windowOf.get(o.getId());
            return new OpenOffering(o.getId(), o.getCourse().getCode(), o.getCourse().name(locale),
                    o.getTerm().getAcademicYearLabel(), o.getTerm().getPart().name(), o.getSection(),
                    counter.capacity(), counter.left(), counter.byApplication(),
                    w == null ? null : w.getOpensAt(), w == null ? null : w.getClosesAt(),
                    w != null && w.isOpenAt(now), missing.get(o.getId()));
        }).toList();
    }

    /** The student's enrollments, latest change first, with their waitlist positions. */
    public Page<MyEnrollment> myEnrollments(Locale locale, Pageable pageable) {
        long me = currentUser.requirePersonId();
        Page<Enrollment> page = enrollments.findByStudentId(me, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("changedAt"), Sort.Order.desc("id"))));
        Map<Long, CourseOffering> offerings = offerings(page.stream().map(Enrollment::getOfferingId).toList());
        Map<Long, EnrollmentWindow> windowOf = windows.of(offerings.values());
        return page.map(e -> {
            CourseOffering o = offerings.get(e.getOfferingId());
            EnrollmentWindow w = windowOf.get(e.getOfferingId());
            Integer position = e.getStatus() == Enrollment.Status.WAITLISTED && e.getQueuedAt() != null
                    ? (int) enrollments.waitlistPosition(e.getOfferingId(), e.getQueuedAt(), e.getId()) : null;
            return new MyEnrollment(e.getId(), e.getVersion(), e.getOfferingId(), o.getCourse().getCode(),
                    o.getCourse().name(locale), o.getTerm().getAcademicYearLabel(), o.getTerm().getPart().name(),
                    o.getSection(), e.getStatus(), position, e.getOfferExpiresAt(),
                    w == null ? null : w.getWithdrawUntil(), e.getReason());
        });
    }

    /**
     * Enrolls the signed-in student while the offering's window is open: a seat, the waitlist, or an application.
     * Outside a transaction (as the screens call it) the enrollment is written with whoever else asks at the same
     * moment ({@link GroupAdmission}); inside one, in that transaction.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Enrollment enroll(long offeringId) {
        long me = currentUser.requirePersonId();
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return enrollAlone(me, offeringId);
        }
        String actor = currentUser.get().map(CathedraUser::username).orElse(null);
        return group.admit(me, offeringId, actor, () -> transactions.execute(status -> enrollAlone(me, offeringId)));
    }

    private Enrollment enrollAlone(long me, long offeringId) {
        Admission.Facts facts = admission.facts(me, offeringId);
        admission.checkWindow(facts, clock.instant());
        return admission.admit(facts, true, null);
    }

    /**
     * Withdraws the signed-in student's own enrollment, until the withdrawal deadline of its window (any time when
     * the offering has no window); a freed seat is passed on to the first person waiting.
     */
    @Transactional
    public Enrollment withdraw(long enrollmentId, String reason) {
        String why = Text.required(reason, "enrollment.reason", Enrollment.REASON_MAX);
        Enrollment enrollment = mine(enrollmentId);
        CourseOffering offering = offering(enrollment.getOfferingId());
        windows.of(offering).ifPresent(w -> {
            if (!clock.instant().isBefore(w.getWithdrawUntil())) {
                throw new DomainException("error.enrollment.withdrawalClosed", journal.when(w.getWithdrawUntil()));
            }
        });
        return leave(enrollment, why, "withdrawn");
    }

    /** Takes the seat offered to the signed-in student, before the offer expires. */
    @Transactional
    public Enrollment acceptOffer(long enrollmentId) {
        Enrollment enrollment = mine(enrollmentId);
        String before = enrollment.describe();
        enrollment.accept(clock.instant());
        Enrollment saved = enrollments.saveAndFlush(enrollment);
        journal.changed(saved, "accepted", before, null);
        return saved;
    }

    /** Turns down the offered seat; it goes to the next person waiting. */
    @Transactional
    public Enrollment declineOffer(long enrollmentId) {
        Enrollment enrollment = mine(enrollmentId);
        if (enrollment.getStatus() != Enrollment.Status.OFFERED) {
            throw new DomainException("error.enrollment.wrongStatus",
                    "enrollment.status." + enrollment.getStatus().name());
        }
        return leave(enrollment, "declined", "declined");
    }

    private Enrollment leave(Enrollment enrollment, String reason, String action) {
        String before = enrollment.describe();
        boolean override = enrollment.isOverridden();
        boolean heldSeat = enrollment.withdraw(reason, clock.instant());
        Enrollment saved = enrollments.saveAndFlush(enrollment);
        journal.changed(saved, action, before, reason);
        if (heldSeat) {
            waitlist.seatFreedBy(saved, override);
        }
        return saved;
    }

    private Student me() {
        long personId = currentUser.requirePersonId();
        Student student = em.find(Student.class, personId);
        if (student == null) {
            throw new NotFoundException("enrollment.record.student", personId);
        }
        return student;
    }

    private Enrollment mine(long enrollmentId) {
        long me = currentUser.requirePersonId();
        return enrollments.findById(enrollmentId).filter(e -> e.getStudentId() == me)
                .orElseThrow(() -> new NotFoundException("enrollment.record.enrollment", enrollmentId));
    }

    private CourseOffering offering(long offeringId) {
        CourseOffering offering = em.find(CourseOffering.class, offeringId);
        if (offering == null) {
            throw new NotFoundException("enrollment.record.offering", offeringId);
        }
        return offering;
    }

    private Map<Long, CourseOffering> offerings(List<Long> ids) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        return em.createQuery("select o from CourseOffering o join fetch o.course join fetch o.term where o.id in :ids",
                CourseOffering.class).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(CourseOffering::getId, Function.identity()));
    }

    /**
     * An offering of the student's programme, as the enrollment view lists it; {@code missingPrerequisites} names
     * the courses still to be taken first ("A, B"), null when none.
     */
    public record OpenOffering(long offeringId, String courseCode, String courseName, String academicYear,
            String termPart, String section, int capacity, int seatsLeft, boolean byApplication,
            @Nullable Instant opensAt, @Nullable Instant closesAt, boolean open,
            @Nullable String missingPrerequisites) {
    }

    /** One of the student's enrollments; {@code waitlistPosition} is 1 for the first in line. */
    public record MyEnrollment(long id, long version, long offeringId, String courseCode, String courseName,
            String academicYear, String termPart, String section, Enrollment.Status status,
            @Nullable Integer waitlistPosition, @Nullable Instant offerExpiresAt, @Nullable Instant withdrawUntil,
            @Nullable String reason) {
    }
}
