package org.cathedra.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many students pressing "Enroll" at the same moment, each on their own thread and signed in as themselves: the
 * seat counter never lets more in than there are seats, and always equals the rows holding seats.
 */
@CathedraTest
class RegistrationRushTest {

    @Autowired
    EnrollmentService service;
    @Autowired
    EnrollmentFixture fixture;

    ExecutorService pool;

    @AfterEach
    void stopThreads() throws InterruptedException {
        if (pool != null) {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        SignIn.out();
    }

    /** Runs every task on its own thread, all released at once; returns what each produced or threw. */
    private <T> List<Outcome<T>> race(List<Callable<T>> tasks) throws Exception {
        pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome<T>>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    return new Outcome<>(task.call(), null);
                } catch (RuntimeException e) {
                    return new Outcome<T>(null, e);
                } finally {
                    SignIn.out();
                }
            }));
        }
        assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<Outcome<T>> outcomes = new ArrayList<>();
        for (Future<Outcome<T>> f : futures) {
            outcomes.add(f.get(3, TimeUnit.MINUTES));
        }
        return outcomes;
    }

    @Test
    void two_hundred_students_racing_for_ten_seats_give_exactly_ten_enrolled_and_the_rest_waitlisted() throws Exception {
        var setup = fixture.offeringOpenNow(10);
        List<Long> students = fixture.students(setup.programmeId(), null, 200);
        List<Callable<Enrollment.Status>> tasks = students.stream().<Callable<Enrollment.Status>>map(id -> () -> {
            EnrollmentFixture.signInAsStudent(id);
            return service.enroll(setup.offeringId()).getStatus();
        }).toList();

        List<Outcome<Enrollment.Status>> outcomes = race(tasks);

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        assertThat(outcomes).filteredOn(o -> o.value() == Enrollment.Status.ENROLLED).hasSize(10);
        assertThat(outcomes).filteredOn(o -> o.value() == Enrollment.Status.WAITLISTED).hasSize(190);
        var seats = fixture.seats(setup.offeringId());
        assertThat(seats.taken()).isEqualTo(10).isEqualTo((int) seats.holdingRows());
        assertThat(seats.enrolled()).isEqualTo(10);
        assertThat(seats.waitlisted()).isEqualTo(190);
    }

    @Test
    void a_withdrawal_under_load_promotes_exactly_one_waiting_student() throws Exception {
        var setup = fixture.offeringOpenNow(5);
        List<Long> early = fixture.students(setup.programmeId(), null, 10);
        List<Enrollment> first = new ArrayList<>();
        for (Long id : early) {
            EnrollmentFixture.signInAsStudent(id);
            first.add(service.enroll(setup.offeringId()));
        }
        Enrollment leaving = first.get(0);
        List<Long> latecomers = fixture.students(setup.programmeId(), null, 40);
        List<Callable<Enrollment.Status>> tasks = new ArrayList<>();
        tasks.add(() -> {
            EnrollmentFixture.signInAsStudent(leaving.getStudentId());
            return service.withdraw(leaving.getId(), "leaving during the rush").getStatus();
        });
        latecomers.forEach(id -> tasks.add(() -> {
            EnrollmentFixture.signInAsStudent(id);
            return service.enroll(setup.offeringId()).getStatus();
        }));

        List<Outcome<Enrollment.Status>> outcomes = race(tasks);

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        assertThat(outcomes.get(0).value()).isEqualTo(Enrollment.Status.WITHDRAWN);
        // the freed seat is offered to the head of the waitlist, never taken by a latecomer
        assertThat(outcomes.subList(1, outcomes.size())).allMatch(o -> o.value() == Enrollment.Status.WAITLISTED);
        var seats = fixture.seats(setup.offeringId());
        assertThat(seats.offered()).isEqualTo(1);
        assertThat(seats.enrolled()).isEqualTo(4);
        assertThat(seats.taken()).isEqualTo(5).isEqualTo((int) seats.holdingRows());
        assertThat(seats.waitlisted()).isEqualTo(5 - 1 + 40);
        assertThat(first.get(5).getStatus()).isEqualTo(Enrollment.Status.WAITLISTED);
        EnrollmentFixture.signInAsStudent(first.get(5).getStudentId());
        assertThat(service.myEnrollments(java.util.Locale.ENGLISH, org.springframework.data.domain.PageRequest.of(0, 5))
                .getContent()).singleElement().extracting(EnrollmentService.MyEnrollment::status)
                .isEqualTo(Enrollment.Status.OFFERED);
    }

    record Outcome<T>(T value, RuntimeException error) {
    }
}
