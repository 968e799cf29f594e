package org.cathedra.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cathedra.enrollment.internal.EnrollmentRepository;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotificationRequested;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.cathedra.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Offered seats run out by the clock: this test freezes the clock and moves it instead of waiting. */
@CathedraTest
@RecordApplicationEvents
class OfferExpiryTest {

    @Autowired
    EnrollmentService service;
    @Autowired
    OfferExpiry expiry;
    @Autowired
    EnrollmentFixture fixture;
    @Autowired
    EnrollmentRepository repository;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void freezeTheClock() {
        clock.freeze();
    }

    @AfterEach
    void signOutAndReleaseTheClock() {
        SignIn.out();
        clock.release();
    }

    private Enrollment enrollAs(long studentId, long offeringId) {
        EnrollmentFixture.signInAsStudent(studentId);
        return service.enroll(offeringId);
    }

    private Enrollment reload(Enrollment e) {
        return repository.findById(e.getId()).orElseThrow();
    }

    @Test
    void an_offer_not_accepted_in_48_hours_expires_and_the_seat_goes_to_the_next_in_line() {
        var setup = fixture.offeringOpenNow(1);
        List<Long> people = fixture.students(setup.programmeId(), null, 3);
        Enrollment anna = enrollAs(people.get(0), setup.offeringId());
        Enrollment boris = enrollAs(people.get(1), setup.offeringId());
        clock.advance(Duration.ofMinutes(1));
        Enrollment vera = enrollAs(people.get(2), setup.offeringId());
        EnrollmentFixture.signInAsStudent(people.get(0));
        service.withdraw(anna.getId(), "moving to another city");
        Instant offeredAt = clock.instant();
        assertThat(reload(boris).getOfferExpiresAt()).isEqualTo(offeredAt.plus(Duration.ofHours(48)));
        SignIn.out();

        clock.advance(Duration.ofHours(47));
        expiry.expireOverdueOffers();
        assertThat(reload(boris).getStatus()).isEqualTo(Enrollment.Status.OFFERED);

        clock.advance(Duration.ofHours(1));
        // other tests of this class may leave offers of their own overdue by now
        assertThat(expiry.expireOverdueOffers()).isPositive();

        assertThat(reload(boris).getStatus()).isEqualTo(Enrollment.Status.EXPIRED);
        assertThat(reload(vera).getStatus()).isEqualTo(Enrollment.Status.OFFERED);
        assertThat(reload(vera).getOfferExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(48)));
        var seats = fixture.seats(setup.offeringId());
        assertThat(seats.taken()).isEqualTo(1).isEqualTo((int) seats.holdingRows());
        assertThat(events.stream(NotificationRequested.class)).anyMatch(n -> n.recipientPersonId() == people.get(1)
                && n.subjectKey().equals("enrollment.notice.expired.subject"));

        EnrollmentFixture.signInAsStudent(people.get(1));
        assertThatThrownBy(() -> service.acceptOffer(boris.getId())).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.enrollment.wrongStatus");
    }

    @Test
    void an_offer_cannot_be_accepted_once_its_time_is_up_even_before_the_job_runs() {
        var setup = fixture.offeringOpenNow(1);
        List<Long> people = fixture.students(setup.programmeId(), null, 2);
        Enrollment anna = enrollAs(people.get(0), setup.offeringId());
        Enrollment boris = enrollAs(people.get(1), setup.offeringId());
        EnrollmentFixture.signInAsStudent(people.get(0));
        service.withdraw(anna.getId(), "illness");

        clock.advance(Duration.ofHours(48));
        EnrollmentFixture.signInAsStudent(people.get(1));
        assertThatThrownBy(() -> service.acceptOffer(boris.getId())).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.enrollment.offerExpired");
        assertThat(reload(boris).getStatus()).isEqualTo(Enrollment.Status.OFFERED);
    }

    @Test
    void an_offer_accepted_in_time_becomes_an_enrollment_and_declining_passes_the_seat_on() {
        var setup = fixture.offeringOpenNow(1);
        List<Long> people = fixture.students(setup.programmeId(), null, 3);
        Enrollment anna = enrollAs(people.get(0), setup.offeringId());
        Enrollment boris = enrollAs(people.get(1), setup.offeringId());
        clock.advance(Duration.ofSeconds(1));
        Enrollment vera = enrollAs(people.get(2), setup.offeringId());
        EnrollmentFixture.signInAsStudent(people.get(0));
        service.withdraw(anna.getId(), "illness");

        EnrollmentFixture.signInAsStudent(people.get(1));
        service.declineOffer(boris.getId());
        assertThat(reload(vera).getStatus()).isEqualTo(Enrollment.Status.OFFERED);

        clock.advance(Duration.ofHours(47));
        EnrollmentFixture.signInAsStudent(people.get(2));
        assertThat(service.acceptOffer(vera.getId()).getStatus()).isEqualTo(Enrollment.Status.ENROLLED);
        assertThat(fixture.seats(setup.offeringId()).enrolled()).isEqualTo(1);
    }
}
