package org.cathedra.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.cathedra.catalog.internal.ProgrammeRepository;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.ProgrammeLookup;
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

@CathedraTest
class ProgrammeServiceTest {

    @Autowired
    ProgrammeService service;
    @Autowired
    ProgrammeRepository repository;
    @Autowired
    AccountService accounts;
    @Autowired
    ProgrammeLookup lookup;
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

    private static ProgrammeService.Draft residency(String code, String nameEn) {
        return new ProgrammeService.Draft(code, Programme.Kind.RESIDENCY, "Ординатура: проба", nameEn,
                "31.08.30 Генетика", 24, StudyLoad.ofCreditUnits(120));
    }

    @Test
    void an_administrator_creates_edits_deactivates_and_reactivates_a_programme() {
        Programme created = service.create(residency("ps-life-1", "Residency: Trial"));
        assertThat(created.getCode()).isEqualTo("PS-LIFE-1");
        assertThat(created.getLoad().academicHours()).isEqualTo(4320);

        Programme edited = service.update(created.getId(), created.getVersion(), new ProgrammeService.Draft(
                "PS-LIFE-1", Programme.Kind.CPD, "ПК: проба", "CPD: Trial", "Генетика", 1, new StudyLoad(72)));
        assertThat(repository.findByCode("PS-LIFE-1")).get().satisfies(p -> {
            assertThat(p.getKind()).isEqualTo(Programme.Kind.CPD);
            assertThat(p.getNameEn()).isEqualTo("CPD: Trial");
            assertThat(p.getLoad().academicHours()).isEqualTo(72);
        });

        Programme inactive = service.deactivate(edited.getId(), edited.getVersion());
        assertThat(repository.findById(created.getId())).get().extracting(Programme::isActive).isEqualTo(false);
        assertThat(service.list(new ProgrammeService.Filter("PS-LIFE-1", null, false), PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(service.list(new ProgrammeService.Filter("PS-LIFE-1", null, true), PageRequest.of(0, 10)))
                .extracting(Programme::getCode).containsExactly("PS-LIFE-1");
        assertThat(lookup.activeProgrammes(Locale.ENGLISH)).noneMatch(o -> o.code().equals("PS-LIFE-1"));

        service.activate(inactive.getId(), inactive.getVersion());
        assertThat(lookup.activeProgrammes(Locale.ENGLISH)).anyMatch(o -> o.code().equals("PS-LIFE-1"));
    }

    @Test
    void blank_names_and_broken_loads_are_refused_and_change_nothing() {
        Programme p = service.create(residency("PS-BAD-1", "Residency: Unchanged"));

        assertThatThrownBy(() -> service.update(p.getId(), p.getVersion(), new ProgrammeService.Draft("PS-BAD-1",
                Programme.Kind.RESIDENCY, "  ", "Residency: Changed", "Генетика", 24, StudyLoad.ofCreditUnits(120))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("error.required"))
                .satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly("programme.nameRu"));
        assertThatThrownBy(() -> service.update(p.getId(), p.getVersion(), new ProgrammeService.Draft("PS-BAD-1",
                Programme.Kind.RESIDENCY, "Ординатура", "Residency: Changed", "Генетика", 24, new StudyLoad(100))))
                .isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("error.programme.wholeCredits");
        assertThatThrownBy(() -> service.update(p.getId(), p.getVersion(), new ProgrammeService.Draft("PS-BAD-1",
                Programme.Kind.RESIDENCY, "Ординатура", "x".repeat(Programme.NAME_MAX + 1), "Генетика", 24,
                StudyLoad.ofCreditUnits(120)))).isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("error.tooLong");
        assertThatThrownBy(() -> service.update(p.getId(), p.getVersion(), new ProgrammeService.Draft("PS-BAD-1",
                Programme.Kind.RESIDENCY, "Ординатура", "Residency: Changed", "Генетика", 0,
                StudyLoad.ofCreditUnits(120)))).isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("error.range");

        Programme stored = repository.findById(p.getId()).orElseThrow();
        assertThat(stored.getNameEn()).isEqualTo("Residency: Unchanged");
        assertThat(stored.getVersion()).isEqualTo(p.getVersion());

        assertThatThrownBy(() -> service.create(new ProgrammeService.Draft("PS-BAD-2", Programme.Kind.PHD, "",
                "PhD", "1.5.7", 48, StudyLoad.ofCreditUnits(240)))).isInstanceOf(DomainException.class);
        assertThat(repository.existsByCode("PS-BAD-2")).isFalse();
    }

    @Test
    void a_code_in_use_is_refused_whatever_its_case() {
        long before = repository.count();
        assertThatThrownBy(() -> service.create(residency(" res-gen ", "Residency: Copy")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("error.duplicateCode"))
                .satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly("RES-GEN"));
        assertThat(repository.count()).isEqualTo(before);

        Programme p = service.create(residency("PS-DUP-1", "Residency: Original"));
        assertThatThrownBy(() -> service.update(p.getId(), p.getVersion(), residency("RES-GEN", "Residency: Moved")))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.duplicateCode");
        assertThat(repository.findById(p.getId())).get().extracting(Programme::getCode).isEqualTo("PS-DUP-1");
    }

    @Test
    void a_duplicate_that_slips_past_the_check_is_refused_by_the_database_with_the_same_message() {
        LostRace.run(transactions, em, () -> service.create(residency("PS-RACE-1", "Residency: Winner")),
                () -> assertThatThrownBy(() -> service.create(residency("PS-RACE-1", "Residency: Loser")))
                        .isInstanceOf(DomainException.class).extracting("messageKey")
                        .isEqualTo("error.duplicateCode"));
        assertThat(repository.findByCode("PS-RACE-1")).get().extracting(Programme::getNameEn)
                .isEqualTo("Residency: Winner");
    }

    @Test
    void only_administrators_change_programmes_but_everyone_reads_them() {
        Programme p = service.create(residency("PS-SEC-1", "Residency: Guarded"));
        for (String user : new String[] {"teacher", "student"}) {
            SignIn.as(accounts, user);
            assertThatThrownBy(() -> service.create(residency("PS-SEC-2", "Residency: Intruder")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.deactivate(p.getId(), p.getVersion()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(service.get(p.getId()).getCode()).isEqualTo("PS-SEC-1");
        }
        assertThat(repository.existsByCode("PS-SEC-2")).isFalse();
        assertThat(repository.findById(p.getId())).get().extracting(Programme::isActive).isEqualTo(true);
    }

    @Test
    void a_change_to_a_version_someone_else_has_changed_meanwhile_is_refused() {
        Programme seen = service.create(residency("PS-STALE-1", "Residency: First"));
        service.update(seen.getId(), seen.getVersion(), residency("PS-STALE-1", "Residency: Second"));

        assertThatThrownBy(() -> service.update(seen.getId(), seen.getVersion(),
                residency("PS-STALE-1", "Residency: Third"))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> service.deactivate(seen.getId(), seen.getVersion()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(repository.findById(seen.getId())).get().satisfies(p -> {
            assertThat(p.getNameEn()).isEqualTo("Residency: Second");
            assertThat(p.isActive()).isTrue();
        });
    }

    @Test
    void the_list_filters_by_text_and_kind_in_the_database() {
        var residencies = service.list(new ProgrammeService.Filter("genetics", Programme.Kind.RESIDENCY, false),
                PageRequest.of(0, 50));
        assertThat(residencies).extracting(Programme::getCode).contains("RES-GEN", "RES-LABGEN")
                .allMatch(code -> code.startsWith("RES-"));
        var cpd = service.list(new ProgrammeService.Filter(null, Programme.Kind.CPD, false), PageRequest.of(0, 2));
        assertThat(cpd.getContent()).hasSize(2).allMatch(p -> p.getKind() == Programme.Kind.CPD);
        assertThat(cpd.getTotalElements()).isGreaterThanOrEqualTo(6);
        assertThat(service.list(new ProgrammeService.Filter("1.5.7", null, false), PageRequest.of(0, 10)))
                .extracting(Programme::getCode).containsExactly("PHD-1.5.7");
        assertThat(service.list(new ProgrammeService.Filter("100%", null, true), PageRequest.of(0, 10))).isEmpty();
    }
}
