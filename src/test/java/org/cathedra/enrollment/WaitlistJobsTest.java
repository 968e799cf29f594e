package org.cathedra.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.cathedra.enrollment.internal.EnrollmentRepository;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.cathedra.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The scheduled waitlist jobs skip their run while another node holds the job's lock row, and run once it is free. */
@CathedraTest
class WaitlistJobsTest {

    private static final String JOB = "enrollment.expireOverdueOffers";

    @Autowired
    WaitlistJobs jobs;
    @Autowired
    EnrollmentService service;
    @Autowired
    EnrollmentFixture fixture;
    @Autowired
    EnrollmentRepository repository;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    /** Pooled connections are not in autocommit: a write of this test commits in a transaction of its own. */
    private void write(String sql, Object... args) {
        tx.executeWithoutResult(s -> jdbc.update(sql, args));
    }

    @BeforeEach
    void freezeTheClock() {
        clock.freeze();
    }

    @AfterEach
    void releaseEverything() {
        write("delete from shedlock where name = ?", JOB);
        SignIn.out();
        clock.release();
    }

    @Test
    void a_job_locked_by_another_node_is_skipped_here_and_runs_once_the_lock_is_released() {
        var setup = fixture.offeringOpenNow(1);
        List<Long> people = fixture.students(setup.programmeId(), null, 2);
        EnrollmentFixture.signInAsStudent(people.get(0));
        Enrollment anna = service.enroll(setup.offeringId());
        EnrollmentFixture.signInAsStudent(people.get(1));
        Enrollment boris = service.enroll(setup.offeringId());
        EnrollmentFixture.signInAsStudent(people.get(0));
        service.withdraw(anna.getId(), "moving to another city");
        SignIn.out();
        assertThat(status(boris)).isEqualTo(Enrollment.Status.OFFERED);
        clock.advance(Duration.ofHours(49));

        write("delete from shedlock where name = ?", JOB);
        write("insert into shedlock (name, lock_until, locked_at, locked_by) "
                + "values (?, now(3) + interval 1 hour, now(3), 'node-b')", JOB);
        jobs.expireOverdueOffers();
        assertThat(status(boris)).as("node-b holds the lock: this node must not run the job")
                .isEqualTo(Enrollment.Status.OFFERED);

        write("update shedlock set lock_until = now(3) - interval 1 second where name = ?", JOB);
        jobs.expireOverdueOffers();
        assertThat(status(boris)).isEqualTo(Enrollment.Status.EXPIRED);
        assertThat(jdbc.queryForObject("select locked_by <> 'node-b' and lock_until <= now(3) from shedlock where name = ?",
                Boolean.class, JOB)).as("this node took the lock and released it after the run").isTrue();
    }

    private Enrollment.Status status(Enrollment e) {
        return repository.findById(e.getId()).orElseThrow().getStatus();
    }
}
