package org.cathedra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.DepartmentForm;
import org.cathedra.directory.DepartmentService;
import org.cathedra.directory.DirectoryTestData;
import org.cathedra.shared.AuditedChange;
import org.cathedra.shared.DomainException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@CathedraTest
class AuditRecordTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditService audit;
    @Autowired
    AccountService accounts;
    @Autowired
    DepartmentService departments;

    String recordId;

    @BeforeEach
    void signInAsAdministrator() {
        SignIn.as(accounts, "admin");
        recordId = UUID.randomUUID().toString();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private AuditedChange change(String entityType, Instant at) {
        return new AuditedChange(entityType, recordId, "grade.changed", "teacher", "grade=3", "grade=4",
                "exam re-sat", at);
    }

    private int departmentsNamed(String nameEn) {
        return jdbc.queryForObject("select count(*) from department where name_en = ?", Integer.class, nameEn);
    }

    @Test
    void a_change_is_recorded_with_who_when_before_and_after_when_its_transaction_commits() {
        Instant at = Instant.parse("2026-03-02T09:15:00Z");
        transactions.executeWithoutResult(tx -> events.publishEvent(change("gradebook", at)));

        assertThat(audit.history("gradebook", recordId)).singleElement().satisfies(entry -> {
            assertThat(entry.at()).isEqualTo(at);
            assertThat(entry.actor()).isEqualTo("teacher");
            assertThat(entry.action()).isEqualTo("grade.changed");
            assertThat(entry.before()).isEqualTo("grade=3");
            assertThat(entry.after()).isEqualTo("grade=4");
            assertThat(entry.reason()).isEqualTo("exam re-sat");
        });
    }

    @Test
    void a_change_that_is_rolled_back_leaves_no_audit_row() {
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(change("gradebook", Instant.now()));
            tx.setRollbackOnly();
        });

        assertThat(audit.history("gradebook", recordId)).isEmpty();
    }

    @Test
    void a_change_whose_audit_row_cannot_be_written_is_rolled_back_with_it() {
        DepartmentForm form = DirectoryTestData.department(DirectoryTestData.unique("AUD"));
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            departments.save(form);
            events.publishEvent(change(" ", Instant.now()));
        })).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.audit.incomplete");

        assertThat(departmentsNamed(form.getNameEn())).as("the change went with its failed audit row").isZero();
    }

    @Test
    void a_change_published_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> events.publishEvent(change("gradebook", Instant.now())))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(audit.history("gradebook", recordId)).isEmpty();
    }

    @Test
    void the_database_refuses_to_change_or_delete_an_audit_row() {
        transactions.executeWithoutResult(tx -> events.publishEvent(change("gradebook", Instant.now())));
        long id = audit.history("gradebook", recordId).getFirst().id();

        assertThatThrownBy(() -> jdbc.update("update audit_record set after_text = 'grade=5' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_record where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(audit.history("gradebook", recordId)).singleElement()
                .extracting(AuditEntry::after).isEqualTo("grade=4");
    }

    @Test
    void the_record_is_searched_by_kind_id_actor_and_institute_days() {
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        // 23:30 in Moscow is 20:30 UTC: still the 9th for the institute whatever the server's zone
        Instant lateEvening = LocalDate.of(2025, 3, 9).atTime(23, 30).atZone(moscow).toInstant();
        Instant nextMorning = LocalDate.of(2025, 3, 10).atTime(8, 0).atZone(moscow).toInstant();
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(change("transcript", lateEvening));
            events.publishEvent(change("transcript", nextMorning));
        });

        var onNinth = audit.search(new AuditService.Filter("transcript", recordId, "teacher",
                LocalDate.of(2025, 3, 9), LocalDate.of(2025, 3, 9)), PageRequest.of(0, 10));
        assertThat(onNinth).extracting(AuditEntry::at).containsExactly(lateEvening);
        var both = audit.search(new AuditService.Filter(null, recordId, null, LocalDate.of(2025, 3, 9), null),
                PageRequest.of(0, 10));
        assertThat(both).extracting(AuditEntry::at).as("newest first").containsExactly(nextMorning, lateEvening);
        assertThat(audit.search(new AuditService.Filter(null, recordId, "student", null, null),
                PageRequest.of(0, 10))).isEmpty();
        assertThat(audit.entityTypes()).contains("transcript");
        assertThatThrownBy(() -> audit.search(new AuditService.Filter(null, null, null, LocalDate.of(2025, 3, 9),
                LocalDate.of(2025, 3, 1)), PageRequest.of(0, 10))).isInstanceOf(DomainException.class);
    }

    @Test
    void only_administrators_read_the_audit_record() {
        SignIn.as(accounts, "teacher");
        assertThatThrownBy(() -> audit.search(AuditService.Filter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(accounts, "student");
        assertThatThrownBy(() -> audit.history("student", "1")).isInstanceOf(AccessDeniedException.class);
    }
}
