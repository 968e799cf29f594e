package org.cathedra.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cathedra.catalog.OfferingService;
import org.cathedra.catalog.Term;
import org.cathedra.catalog.internal.CourseOfferingRepository;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.UserAccount;
import org.cathedra.enrollment.internal.EnrollmentRepository;
import org.cathedra.enrollment.internal.WindowRepository;
import org.cathedra.shared.AuditedChange;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.NotificationRequested;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Enrolling, waiting, withdrawing and deciding applications on the real database, each on offerings of its own. */
@CathedraTest
@RecordApplicationEvents
class EnrollmentServiceTest {

    @Autowired
    EnrollmentService service;
    @Autowired
    RosterService rosters;
    @Autowired
    EnrollmentRules rules;
    @Autowired
    EnrollmentFixture fixture;
    @Autowired
    EnrollmentRepository repository;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfferingService offerings;
    @Autowired
    OfferExpiry expiry;
    @Autowired
    CourseOfferingRepository offeringRepository;
    @Autowired
    WindowRepository windows;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Enrollment enrollAs(long studentId, long offeringId) {
        EnrollmentFixture.signInAsStudent(studentId);
        return service.enroll(offeringId);
    }

    private void refusedWith(String key, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void a_student_of_the_programme_enrolls_in_an_open_offering_and_takes_a_seat() {
        var setup = fixture.offeringOpenNow(2);
        long anna = fixture.student(setup.programmeId());
        EnrollmentFixture.signInAsStudent(anna);
        assertThat(service.openToMe(Locale.ENGLISH)).anySatisfy(o -> {
            assertThat(o.offeringId()).isEqualTo(setup.offeringId());
            assertThat(o.open()).isTrue();
            assertThat(o.seatsLeft()).isEqualTo(2);
        });

        Enrollment enrollment = service.enroll(setup.offeringId());

        assertThat(enrollment.getStatus()).isEqualTo(Enrollment.Status.ENROLLED);
        assertThat(fixture.seats(setup.offeringId()).taken()).isEqualTo(1);
        assertThat(service.openToMe(Locale.ENGLISH)).noneMatch(o -> o.offeringId() == setup.offeringId());
        assertThat(service.myEnrollments(Locale.ENGLISH, PageRequest.of(0, 10)).getContent())
                .anyMatch(m -> m.id() == enrollment.getId() && m.status() == Enrollment.Status.ENROLLED);
        // written with whoever else asked at that moment: the group's audit rows go straight to the audit trail
        assertThat(jdbc.queryForList("select actor from audit_record where entity_type = 'enrollment'"
                + " and entity_id = ? and action = 'created'", String.class, String.valueOf(enrollment.getId())))
                .singleElement().isNotNull();
    }

    @Test
    void a_full_offering_puts_students_on_the_waitlist_in_the_order_they_came() {
        var setup = fixture.offeringOpenNow(1);
        List<Long> people = fixture.students(setup.programmeId(), null, 3);
        assertThat(enrollAs(people.get(0), setup.offeringId()).getStatus()).isEqualTo(Enrollment.Status.ENROLLED);
        assertThat(enrollAs(people.get(1), setup.offeringId()).getStatus()).isEqualTo(Enrollment.Status.WAITLISTED);
        assertThat(enrollAs(people.get(2), setup.offeringId()).getStatus()).isEqualTo(Enrollment.Status.WAITLISTED);

        EnrollmentFixture.signInAsStudent(people.get(2));
        assertThat(service.myEnrollments(Locale.ENGLISH, PageRequest.of(0, 10)).getContent())
                .singleElement().extracting(EnrollmentService.MyEnrollment::waitlistPosition).isEqualTo(2);
        var seats = fixture.seats(setup.offeringId());
        assertThat(seats.taken()).isEqualTo(1);
        assertThat(seats.waitlisted()).isEqualTo(2);
    }

    @Test
    void enrolling_twice_is_refused_and_changes_nothing() {
        var setup = fixture.offeringOpenNow(5);
        long anna = fixture.student(setup.programmeId());
        enrollAs(anna, setup.offeringId());

        refusedWith("error.enrollment.already", () -> service.enroll(setup.offeringId()));
        assertThat(fixture.seats(setup.offeringId()).taken()).isEqualTo(1);
    }

    @Test
    void a_window_not_yet_open_or_already_closed_refuses_enrollment_and_changes_nothing() {
        Instant now = Instant.now();
        var later = fixture.offering(5, Term.Part.AUTUMN, now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(9)),
                now.plus(Duration.ofDays(9)), null);
        var past = fixture.offering(5, Term.Part.AUTUMN, now.minus(Duration.ofDays(9)),
                now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(3)), later.programmeId());
        long anna = fixture.student(later.programmeId());
        EnrollmentFixture.signInAsStudent(anna);

        refusedWith("error.enrollment.notYetOpen", () -> service.enroll(later.offeringId()));
        refusedWith("error.enrollment.closed", () -> service.enroll(past.offeringId()));
        assertThat(fixture.seats(later.offeringId()).holdingRows()).isZero();
        assertThat(fixture.seats(past.offeringId()).holdingRows()).isZero();
        assertThat(service.openToMe(Locale.ENGLISH)).filteredOn(o -> o.offeringId() == later.offeringId())
                .singleElement().satisfies(o -> {
                    assertThat(o.open()).isFalse();
                    assertThat(o.opensAt()).isNotNull();
                });
    }

    @Test
    void an_offerings_own_window_comes_before_its_terms_and_without_one_the_terms_applies() {
        Instant now = Instant.now();
        var setup = fixture.offering(5, Term.Part.YEAR, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(5)),
                now.plus(Duration.ofDays(5)), null);
        List<Long> people = fixture.students(setup.programmeId(), null, 2);
        SignIn.as(accounts, "admin");
        rules.openWindow(setup.termId(), null, now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(3)));

        assertThat(enrollAs(people.get(0), setup.offeringId()).getStatus()).isEqualTo(Enrollment.Status.ENROLLED);

        windows.deleteAll(windows.ofScope(setup.termId(), setup.offeringId()));
        EnrollmentFixture.signInAsStudent(people.get(1));
        refusedWith("error.enrollment.closed", () -> service.enroll(setup.offeringId()));
        assertThat(fixture.seats(setup.offeringId()).holdingRows()).isEqualTo(1);

        SignIn.as(accounts, "admin");
        rules.openWindow(setup.termId(), null, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(2)));
        assertThat(enrollAs(people.get(1), setup.offeringId()).getStatus()).isEqualTo(Enrollment.Status.ENROLLED);
    }

    @Test
    void a_missing_offering_is_not_found() {
        var setup = fixture.offeringOpenNow(5);
        EnrollmentFixture.signInAsStudent(fixture.student(setup.programmeId()));

        assertThatThrownBy(() -> service.enroll(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_student_outside_the_programme_is_refused() {
        var setup = fixture.offeringOpenNow(5);
        var other = fixture.offeringOpenNow(5);
        EnrollmentFixture.signInAsStudent(fixture.student(other.programmeId()));

        refusedWith("error.enrollment.notInProgramme", () -> service.enroll(setup.offeringId()));
        assertThat(fixture.seats(setup.offeringId()).holdingRows()).isZero();
    }

    @Test
    void a_student_cannot_withdraw_or_accept_for_another_student_and_nothing_changes() {
        var setup = fixture.offeringOpenNow(5);
        List<Long> people = fixture.students(setup.programmeId(), null, 2);
        Enrollment anna = enrollAs(people.get(0), setup.offeringId());

        EnrollmentFixture.signInAsStudent(people.get(1));
        assertThatThrownBy(() -> service.withdraw(anna.getId(), "not mine")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.acceptOffer(anna.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.declineOffer(anna.getId())).isInstanceOf(NotFoundException.class);

        assertThat(repository.findById(anna.getId()).orElseThrow().getStatus()).isEqualTo(Enrollment.Status.ENROLLED);
        assertThat(fixture.seats(setup.offeringId()).taken()).isEqualTo(1);
    }

    @Test
    void a_student_cannot_use_the_offices_roster_methods() {
        var setup = fixture.offeringOpenNow(5);
        long anna = fixture.student(setup.programmeId());
        EnrollmentFixture.signInAsStudent(anna);

        assertThatThrownBy(() -> rosters.enroll(setup.offeringId(), anna, true, "me"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rosters.lines(setup.offeringId(), RosterService.Part.SEATED, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.seats(setup.offeringId()).holdingRows()).isZero();
    }

    @Test
    void withdrawing_frees_the_seat_and_offers_it_to_the_first_person_waiting() {
        var setup = fixture.offeringOpenNow(1);
        List<Long> people = fixture.students(setup.programmeId(), null, 3);
        Enrollment first = enrollAs(people.get(0), setup.offeringId());
        Enrollment second = enrollAs(people.get(1), setup.offeringId());
        enrollAs(people.get(2), setup.offeringId());

        EnrollmentFixture.signInAsStudent(people.get(0));
        Instant before = Instant.now();
        service.withdraw(first.getId(), "changed my plans");

        Enrollment offered = repository.findById(second.getId()).orElseThrow();
        assertThat(offered.getStatus()).isEqualTo(Enrollment.Status.OFFERED);
        assertThat(offered.getOfferExpiresAt()).isBetween(before.plus(Duration.ofHours(48)),
                Instant.now().plus(Duration.ofHours(48)));
        var seats = fixture.seats(setup.offeringId());
        assertThat(seats.taken()).isEqualTo(1).isEqualTo((int) seats.holdingRows());
        assertThat(seats.waitlisted()).isEqualTo(1);
        assertThat(events.stream(NotificationRequested.class)).anyMatch(n -> n.recipientPersonId() == people.get(1)
                && n.subjectKey().equals("enrollment.notice.offered.subject"));
        assertThat(events.stream(AuditedChange.class)).anyMatch(a -> a.action().equals("withdrawn")
                && "changed my plans".equals(a.reason()));

        EnrollmentFixture.signInAsStudent(people.get(1));
        assertThat(service.acceptOffer(second.getId()).getStatus()).isEqualTo(Enrollment.Status.ENROLLED);
    }

    @Test
    void a_withdrawn_student_enrolls_again_in_the_same_row() {
        var setup = fixture.offeringOpenNow(3);
        long anna = fixture.student(setup.programmeId());
        Enrollment first = enrollAs(anna, setup.offeringId());
        service.withdraw(first.getId(), "mistake");

        Enrollment again = service.enroll(setup.offeringId());

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getStatus()).isEqualTo(Enrollment.Status.ENROLLED);
        assertThat(fixture.seats(setup.offeringId()).taken()).isEqualTo(1);
    }

    @Test
    void a_withdrawal_after_the_deadline_is_refused() {
        Instant now = Instant.now();
        var setup = fixture.offering(3, Term.Part.AUTUMN, now.minus(Duration.ofDays(5)), now.plus(Duration.ofDays(5)),
                now.minus(Duration.ofDays(1)), null);
        long anna = fixture.student(setup.programmeId());
        Enrollment enrollment = enrollAs(anna, setup.offeringId());

        refusedWith("error.enrollment.withdrawalClosed", () -> service.withdraw(enrollment.getId(), "late"));
        assertThat(repository.findById(enrollment.getId()).orElseThrow().getStatus())
                .isEqualTo(Enrollment.Status.ENROLLED);
    }

    @Test
    void a_prerequisite_must_have_been_taken_in_an_earlier_term() {
        var basics = fixture.offeringOpenNow(5);
        Instant now = Instant.now();
        var advanced = fixture.offering(5, Term.Part.SPRING, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(5)), basics.programmeId());
        SignIn.as(accounts, "admin");
        rules.requirePrerequisite(advanced.courseId(), basics.courseId());
        List<Long> people = fixture.students(basics.programmeId(), null, 2);

        EnrollmentFixture.signInAsStudent(people.get(0));
        refusedWith("error.enrollment.prerequisite", () -> service.enroll(advanced.offeringId()));

        enrollAs(people.get(1), basics.offeringId());
        assertThat(enrollAs(people.get(1), advanced.offeringId()).getStatus()).isEqualTo(Enrollment.Status.ENROLLED);
    }

    @Test
    void applications_are_decided_by_a_teacher_of_the_offering_only() {
        var setup = fixture.offeringOpenNow(1);
        SignIn.as(accounts, "admin");
        rules.admitByApplication(setup.offeringId(), true);
        List<Long> people = fixture.students(setup.programmeId(), null, 2);
        Enrollment first = enrollAs(people.get(0), setup.offeringId());
        Enrollment second = enrollAs(people.get(1), setup.offeringId());
        assertThat(first.getStatus()).isEqualTo(Enrollment.Status.APPLIED);

        EnrollmentFixture.signInAs(UserAccount.Role.TEACHER, fixture.otherTeacher());
        assertThatThrownBy(() -> rosters.approve(first.getId(), "fine")).isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findById(first.getId()).orElseThrow().getStatus()).isEqualTo(Enrollment.Status.APPLIED);

        SignIn.as(accounts, "teacher");
        assertThat(rosters.approve(first.getId(), "meets the entry requirements").getStatus())
                .isEqualTo(Enrollment.Status.ENROLLED);
        assertThat(rosters.reject(second.getId(), "no laboratory training yet").getStatus())
                .isEqualTo(Enrollment.Status.REJECTED);
        assertThat(events.stream(NotificationRequested.class)).anyMatch(n -> n.recipientPersonId() == people.get(1)
                && n.bodyKey().equals("enrollment.notice.rejected.body"));
    }

    @Test
    void the_office_enrolls_over_capacity_only_with_a_recorded_reason() {
        var setup = fixture.offeringOpenNow(1);
        List<Long> people = fixture.students(setup.programmeId(), null, 3);
        SignIn.as(accounts, "admin");
        rosters.enroll(setup.offeringId(), people.get(0), false, null);

        assertThat(rosters.enroll(setup.offeringId(), people.get(1), false, null).getStatus())
                .isEqualTo(Enrollment.Status.WAITLISTED);
        refusedWith("error.required", () -> rosters.enroll(setup.offeringId(), people.get(2), true, " "));
        Enrollment over = rosters.enroll(setup.offeringId(), people.get(2), true, "clinical rotation needs it");

        assertThat(over.getStatus()).isEqualTo(Enrollment.Status.ENROLLED);
        assertThat(over.isOverridden()).isTrue();
        assertThat(fixture.seats(setup.offeringId()).taken()).isEqualTo(2);
        assertThat(events.stream(AuditedChange.class)).anyMatch(a -> a.entityId().equals(String.valueOf(over.getId()))
                && "clinical rotation needs it".equals(a.reason()));

        // the override seat given back does not free a regular seat for the waitlist
        rosters.withdraw(over.getId(), "rotation cancelled");
        var seats = fixture.seats(setup.offeringId());
        assertThat(seats.taken()).isEqualTo(1);
        assertThat(seats.waitlisted()).isEqualTo(1);
    }

    @Test
    void a_cohort_is_enrolled_at_once_with_counts_of_seats_waitlist_and_those_already_there() {
        var setup = fixture.offeringOpenNow(3);
        String cohort = "COH-" + setup.offeringId();
        List<Long> people = fixture.students(setup.programmeId(), cohort, 5);
        SignIn.as(accounts, "admin");
        rosters.enroll(setup.offeringId(), people.get(0), false, null);

        RosterService.BulkResult result = rosters.enrollCohort(setup.offeringId(), cohort);

        assertThat(result).isEqualTo(new RosterService.BulkResult(2, 2, 1, 0));
        assertThat(rosters.lines(setup.offeringId(), RosterService.Part.WAITLIST, PageRequest.of(0, 10)).getContent())
                .extracting(RosterService.RosterLine::position).containsExactly(1, 2);
        assertThat(rosters.seats(setup.offeringId()).left()).isZero();
    }

    @Test
    void the_catalog_cannot_shrink_an_offering_below_the_seats_taken_and_a_larger_capacity_reaches_the_counter() {
        var setup = fixture.offeringOpenNow(2);
        List<Long> people = fixture.students(setup.programmeId(), null, 2);
        enrollAs(people.get(0), setup.offeringId());
        enrollAs(people.get(1), setup.offeringId());
        SignIn.as(accounts, "admin");
        long teacher = ((CathedraUser) accounts.loadUserByUsername("teacher")).personId();

        assertThatThrownBy(() -> offerings.update(setup.offeringId(), version(setup.offeringId()),
                new OfferingService.Draft(setup.courseId(), setup.termId(), "A", 1, Set.of(teacher))))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(fixture.seats(setup.offeringId()).capacity()).isEqualTo(2);

        offerings.update(setup.offeringId(), version(setup.offeringId()),
                new OfferingService.Draft(setup.courseId(), setup.termId(), "A", 5, Set.of(teacher)));
        assertThat(fixture.seats(setup.offeringId()).capacity()).isEqualTo(5);
    }

    @Test
    void seats_added_by_a_larger_capacity_go_to_the_people_waiting_and_not_to_newcomers() {
        var setup = fixture.offeringOpenNow(1);
        List<Long> people = fixture.students(setup.programmeId(), null, 3);
        enrollAs(people.get(0), setup.offeringId());
        Enrollment waiting = enrollAs(people.get(1), setup.offeringId());
        SignIn.as(accounts, "admin");
        long teacher = ((CathedraUser) accounts.loadUserByUsername("teacher")).personId();
        offerings.update(setup.offeringId(), version(setup.offeringId()),
                new OfferingService.Draft(setup.courseId(), setup.termId(), "A", 2, Set.of(teacher)));

        assertThat(enrollAs(people.get(2), setup.offeringId()).getStatus()).isEqualTo(Enrollment.Status.WAITLISTED);
        SignIn.out();
        assertThat(expiry.offerFreeSeats()).isPositive();

        assertThat(repository.findById(waiting.getId()).orElseThrow().getStatus())
                .isEqualTo(Enrollment.Status.OFFERED);
        var seats = fixture.seats(setup.offeringId());
        assertThat(seats.taken()).isEqualTo(2).isEqualTo((int) seats.holdingRows());
        assertThat(seats.waitlisted()).isEqualTo(1);
    }

    private long version(long offeringId) {
        return offeringRepository.findById(offeringId).orElseThrow().getVersion();
    }
}
