package org.cathedra.enrollment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cathedra.enrollment.Enrollment;
import org.cathedra.enrollment.EnrollmentFixture;
import org.cathedra.testing.CathedraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Groups of enrollments written in one transaction, on the real database. */
@CathedraTest
class GroupAdmissionTest {

    @Autowired
    GroupAdmission groups;
    @Autowired
    EnrollmentFixture fixture;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Admission admission;
    @PersistenceContext
    EntityManager em;

    @Test
    void a_group_answers_each_request_as_one_enrollment_alone_would() {
        var setup = fixture.offeringOpenNow(1);
        List<Long> students = fixture.students(setup.programmeId(), null, 3);
        long outsider = fixture.student(fixture.offeringOpenNow(1).programmeId());
        var first = request(students.get(0), setup.offeringId(), "first");
        var second = request(students.get(1), setup.offeringId(), "second");
        var again = request(students.get(0), setup.offeringId(), "first");
        var missing = request(students.get(2), Long.MAX_VALUE, "third");
        var notInProgramme = request(outsider, setup.offeringId(), "outsider");
        Map<GroupAdmission.Request, GroupAdmission.Answer> answers = new IdentityHashMap<>();

        transactions.executeWithoutResult(
                status -> groups.write(List.of(first, second, again, missing, notInProgramme), answers));

        assertThat(answers.get(first).enrollment().getStatus()).isEqualTo(Enrollment.Status.ENROLLED);
        assertThat(answers.get(second).enrollment().getStatus()).isEqualTo(Enrollment.Status.WAITLISTED);
        assertThat(answers.get(second).enrollment().getQueuedAt()).isNotNull();
        // the same pair twice in a group: the second goes the way of one enrollment alone
        assertThat(answers).doesNotContainKey(again);
        assertThat(answers.get(missing).refusal().messageKey()).isEqualTo("error.notFound");
        assertThat(answers.get(notInProgramme).refusal().messageKey()).isEqualTo("error.enrollment.notInProgramme");
        var seats = fixture.seats(setup.offeringId());
        assertThat(seats.taken()).isEqualTo(1).isEqualTo((int) seats.holdingRows());
        assertThat(seats.waitlisted()).isEqualTo(1);
        // the rows and ids handed back are the stored ones, each with its audit row and the asker as actor
        long id = answers.get(first).enrollment().getId();
        assertThat(jdbc.queryForObject("select status from enrollment where id = ?", String.class, id))
                .isEqualTo("ENROLLED");
        assertThat(jdbc.queryForList("select actor from audit_record where entity_type = 'enrollment' and entity_id"
                        + " in (?, ?) and action = 'created' order by actor", String.class, String.valueOf(id),
                String.valueOf(answers.get(second).enrollment().getId()))).containsExactly("first", "second");
    }

    @Test
    void an_enrollment_that_exists_already_is_left_to_the_path_of_one_enrollment() {
        var setup = fixture.offeringOpenNow(5);
        long student = fixture.student(setup.programmeId());
        Map<GroupAdmission.Request, GroupAdmission.Answer> first = new IdentityHashMap<>();
        transactions.executeWithoutResult(
                status -> groups.write(List.of(request(student, setup.offeringId(), "a")), first));
        var again = request(student, setup.offeringId(), "a");
        Map<GroupAdmission.Request, GroupAdmission.Answer> answers = new IdentityHashMap<>();

        transactions.executeWithoutResult(status -> groups.write(List.of(again), answers));

        assertThat(answers).isEmpty();
        assertThat(fixture.seats(setup.offeringId()).taken()).isEqualTo(1);
    }

    @Test
    void a_group_whose_transaction_fails_writes_nothing_and_hands_every_request_back() {
        var setup = fixture.offeringOpenNow(5);
        long student = fixture.student(setup.programmeId());
        AtomicInteger alone = new AtomicInteger();
        // an actor name longer than the audit record takes makes the audit row, and so the group, fail
        String tooLong = "x".repeat(200);

        Enrollment answer = groups.admit(student, setup.offeringId(), tooLong, () -> {
            alone.incrementAndGet();
            return null;
        });

        assertThat(answer).isNull();
        assertThat(alone).hasValue(1);
        var seats = fixture.seats(setup.offeringId());
        assertThat(seats.taken()).isZero();
        assertThat(seats.holdingRows() + seats.waitlisted()).isZero();
    }

    @Test
    void the_facts_are_read_on_the_connection_of_the_transaction_whichever_manager_began_it() {
        var setup = fixture.offeringOpenNow(5);
        long student = fixture.student(setup.programmeId());
        // a JPA transaction: the enrollment flushed through the persistence context is seen by the facts read
        transactions.executeWithoutResult(status -> {
            em.persist(new Enrollment(student, setup.offeringId(), Enrollment.Kind.DIRECT, java.time.Instant.now()));
            em.flush();
            assertThat(admission.facts(student, setup.offeringId()).enrollmentId()).isNotNull();
            status.setRollbackOnly();
        });
        // and the rollback took it away again, from the same connection
        Long after = transactions.execute(status -> admission.facts(student, setup.offeringId()).enrollmentId());
        assertThat(after).isNull();
        // never outside a transaction, where the read would leave its snapshot open on a pooled connection
        assertThatThrownBy(() -> admission.facts(student, setup.offeringId()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static GroupAdmission.Request request(long student, long offering, String actor) {
        return new GroupAdmission.Request(new Admission.Pair(student, offering), actor);
    }
}
