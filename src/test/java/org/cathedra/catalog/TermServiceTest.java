package org.cathedra.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cathedra.catalog.internal.TermRepository;
import org.cathedra.directory.AccountService;
import org.cathedra.shared.DomainException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;

/** Terms are unique per (year, part): each test uses academic years of its own, 2061 to 2069. */
@CathedraTest
class TermServiceTest {

    @Autowired
    TermService service;
    @Autowired
    TermRepository repository;
    @Autowired
    AccountService accounts;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EntityManager em;

    @BeforeEach
    void signInAsAdministrator() {
        SignIn.as(accounts, "admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static TermService.Draft autumn(int year) {
        return new TermService.Draft(year, Term.Part.AUTUMN, LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 1, 31));
    }

    @Test
    void an_administrator_creates_and_corrects_a_term() {
        Term created = service.create(autumn(2061));
        assertThat(created.getAcademicYearLabel()).isEqualTo("2061/2062");

        service.update(created.getId(), created.getVersion(), new TermService.Draft(2061, Term.Part.AUTUMN,
                LocalDate.of(2061, 9, 2), LocalDate.of(2062, 1, 25)));
        assertThat(service.get(created.getId())).satisfies(t -> {
            assertThat(t.getStartsOn()).isEqualTo(LocalDate.of(2061, 9, 2));
            assertThat(t.getEndsOn()).isEqualTo(LocalDate.of(2062, 1, 25));
        });
        assertThat(service.list(2061, PageRequest.of(0, 10))).extracting(Term::getPart)
                .containsExactly(Term.Part.AUTUMN);
    }

    @Test
    void dates_that_end_before_they_start_or_leave_the_academic_year_are_refused_and_change_nothing() {
        Term term = service.create(autumn(2062));
        assertThatThrownBy(() -> service.update(term.getId(), term.getVersion(), new TermService.Draft(2062,
                Term.Part.AUTUMN, LocalDate.of(2062, 9, 1), LocalDate.of(2062, 8, 31))))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.term.dates");
        assertThatThrownBy(() -> service.update(term.getId(), term.getVersion(), new TermService.Draft(2062,
                Term.Part.AUTUMN, LocalDate.of(2062, 9, 1), LocalDate.of(2062, 9, 1))))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.term.dates");
        assertThatThrownBy(() -> service.update(term.getId(), term.getVersion(), new TermService.Draft(2062,
                Term.Part.AUTUMN, LocalDate.of(2062, 9, 1), LocalDate.of(2064, 1, 31))))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.term.outsideYear");
        assertThatThrownBy(() -> service.create(new TermService.Draft(2062, Term.Part.SPRING,
                LocalDate.of(2063, 6, 30), LocalDate.of(2063, 2, 1)))).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.term.dates");

        Term stored = service.get(term.getId());
        assertThat(stored.getEndsOn()).isEqualTo(LocalDate.of(2063, 1, 31));
        assertThat(stored.getVersion()).isEqualTo(term.getVersion());
        assertThat(repository.findByAcademicYearAndPart(2062, Term.Part.SPRING)).isEmpty();
    }

    @Test
    void a_year_has_one_term_of_each_part() {
        service.create(autumn(2063));
        Term spring = service.create(new TermService.Draft(2063, Term.Part.SPRING, LocalDate.of(2064, 2, 9),
                LocalDate.of(2064, 6, 30)));

        assertThatThrownBy(() -> service.create(autumn(2063))).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("error.term.duplicate"))
                .satisfies(e -> assertThat(((DomainException) e).arguments())
                        .containsExactly("2063/2064", "term.part.AUTUMN"));
        assertThatThrownBy(() -> service.update(spring.getId(), spring.getVersion(), autumn(2063)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.term.duplicate");
        assertThat(service.get(spring.getId()).getPart()).isEqualTo(Term.Part.SPRING);
        assertThat(service.list(2063, PageRequest.of(0, 10))).hasSize(2);
    }

    @Test
    void a_duplicate_term_that_slips_past_the_check_is_refused_by_the_database_with_the_same_message() {
        LostRace.run(transactions, em, () -> service.create(autumn(2064)),
                () -> assertThatThrownBy(() -> service.create(autumn(2064))).isInstanceOf(DomainException.class)
                        .extracting("messageKey").isEqualTo("error.term.duplicate"));
        assertThat(service.list(2064, PageRequest.of(0, 10))).hasSize(1);
    }

    @Test
    void only_administrators_change_terms_and_stale_versions_are_refused() {
        Term seen = service.create(autumn(2065));
        SignIn.as(accounts, "teacher");
        assertThatThrownBy(() -> service.create(new TermService.Draft(2065, Term.Part.SPRING,
                LocalDate.of(2066, 2, 1), LocalDate.of(2066, 6, 30)))).isInstanceOf(AccessDeniedException.class);
        assertThat(service.list(2065, PageRequest.of(0, 10))).hasSize(1);

        SignIn.as(accounts, "admin");
        service.update(seen.getId(), seen.getVersion(), new TermService.Draft(2065, Term.Part.AUTUMN,
                LocalDate.of(2065, 9, 3), LocalDate.of(2066, 1, 31)));
        assertThatThrownBy(() -> service.update(seen.getId(), seen.getVersion(), autumn(2065)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.get(seen.getId()).getStartsOn()).isEqualTo(LocalDate.of(2065, 9, 3));
    }

    @Test
    void the_current_terms_are_those_running_today_at_the_institute() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        assertThat(service.current()).allSatisfy(t -> assertThat(t.contains(today)).isTrue());
        int year = service.currentAcademicYear();
        assertThat(LocalDate.of(year, 9, 1)).isBeforeOrEqualTo(today);
        assertThat(LocalDate.of(year + 1, 9, 1)).isAfter(today);
    }
}
