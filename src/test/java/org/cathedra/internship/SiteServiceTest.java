package org.cathedra.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.TeacherForm;
import org.cathedra.shared.DomainException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Sites with external supervisors who sign in as teachers, and requirements set by the office. */
@CathedraTest
class SiteServiceTest {

    @Autowired
    SiteService sites;
    @Autowired
    RequirementService requirements;
    @Autowired
    AccountService accounts;
    @Autowired
    InternshipFixture fixture;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_external_clinician_becomes_a_site_supervisor_with_a_teacher_login_of_their_own() {
        SignIn.as(accounts, "admin");
        long site = sites.save(null, "ss-hosp-" + System.nanoTime() % 100000, Site.Kind.PARTNER_HOSPITAL,
                "Областная больница", "Regional hospital", "Тверь, ул. Советская, 1");
        TeacherForm form = new TeacherForm();
        form.setLastName("Внешний");
        form.setFirstName("Пётр");
        form.setEmail("external" + System.nanoTime() + "@hospital.test");
        form.setDepartmentId(fixture.count("select id from department where code = 'MG'"));
        form.setCreateLogin(true);
        String username = "ext" + System.nanoTime() % 100000;
        form.setUsername(username);
        form.setPassword("external-password-1");
        long teacher = sites.addExternalSupervisor(site, form);

        assertThat(sites.list(Locale.ENGLISH)).filteredOn(s -> s.id() == site).singleElement()
                .satisfies(s -> assertThat(s.supervisors()).containsExactly("Внешний Пётр"));
        assertThat(fixture.count("select count(*) from teacher where id = ?1 and external = true", teacher))
                .isEqualTo(1);
        assertThat(accounts.loadUserByUsername(username).getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_TEACHER");
        assertThat(fixture.count("select count(*) from audit_record where entity_type = 'internship_site' "
                + "and entity_id = ?1", String.valueOf(site))).isEqualTo(2);
    }

    @Test
    void requirements_name_hours_and_minimum_counts_and_codes_are_unique() {
        SignIn.as(accounts, "admin");
        long programme = fixture.count("select id from programme where code = 'RES-LABGEN'");
        String code = "RQ-" + System.nanoTime() % 100000;
        long type = requirements.addCaseType("CT-" + System.nanoTime() % 100000, "Микроматрица", "Microarray");
        long id = requirements.save(null, code, "Лабораторная практика", "Laboratory practice", programme, null, 72);
        requirements.requireCount(id, type, 6);

        assertThat(requirements.list(Locale.ENGLISH)).filteredOn(r -> r.id() == id).singleElement()
                .satisfies(r -> {
                    assertThat(r.requiredHours()).isEqualTo(72);
                    assertThat(r.minimumCounts()).containsValue(6);
                    assertThat(r.programmeCode()).isEqualTo("RES-LABGEN");
                });
        assertThatThrownBy(() -> requirements.save(null, code, "Дубль", "Duplicate", programme, null, 10))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> requirements.save(null, code + "X", "Ноль", "Zero", programme, null, 0))
                .isInstanceOf(DomainException.class);

        SignIn.as(accounts, "teacher");
        assertThatThrownBy(() -> requirements.requireCount(id, type, 1)).isInstanceOf(AccessDeniedException.class);
        assertThat(requirements.caseTypes(Locale.ENGLISH)).extracting(RequirementService.CaseTypeRow::name)
                .contains("Microarray", "Pedigree analysis");
    }
}
