package org.cathedra.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cathedra.directory.DirectoryTestData.department;
import static org.cathedra.directory.DirectoryTestData.teacher;
import static org.cathedra.directory.DirectoryTestData.unique;

import java.util.Locale;
import org.cathedra.directory.internal.DepartmentRepository;
import org.cathedra.directory.internal.TeacherRepository;
import org.cathedra.directory.internal.UserAccountRepository;
import org.cathedra.shared.DomainException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@CathedraTest
class TeacherServiceTest {

    @Autowired
    TeacherService service;
    @Autowired
    DepartmentService departments;
    @Autowired
    AccountService accounts;
    @Autowired
    TeacherRepository repository;
    @Autowired
    DepartmentRepository departmentRepository;
    @Autowired
    UserAccountRepository accountRepository;

    long mg;

    @BeforeEach
    void signInAsAdministrator() {
        SignIn.as(accounts, "admin");
        mg = departmentRepository.findByCode("MG").orElseThrow().getId();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_administrator_creates_a_teacher_with_a_login_that_signs_in_as_a_teacher() {
        String name = unique("Teacher");
        TeacherForm form = teacher(name, mg);
        form.setCreateLogin(true);
        form.setUsername(name.toLowerCase(Locale.ROOT));
        form.setPassword("a-long-initial-secret");
        long id = service.save(form);

        Teacher stored = repository.findById(id).orElseThrow();
        assertThat(stored.getFullName()).isEqualTo(name + " Olga Petrovna");
        assertThat(stored.getPosition()).isEqualTo(Teacher.Position.ASSOCIATE_PROFESSOR);
        CathedraUser user = (CathedraUser) accounts.loadUserByUsername(name);
        assertThat(user.role()).isEqualTo(UserAccount.Role.TEACHER);
        assertThat(user.personId()).isEqualTo(id);
        assertThat(service.edit(id).getLogin()).isEqualTo(name.toLowerCase(Locale.ROOT));
    }

    @Test
    void an_administrator_edits_moves_deactivates_and_reactivates_a_teacher() {
        long id = service.save(teacher(unique("Teacher"), mg));
        long oph = departmentRepository.findByCode("OPH").orElseThrow().getId();
        TeacherForm form = service.edit(id);
        form.setDepartmentId(oph);
        form.setPosition(Teacher.Position.PROFESSOR);
        form.setDegree(Teacher.AcademicDegree.DOCTOR);
        form.setExternal(true);
        form.setEmail(" Moved." + id + "@Staff.Example ");
        service.save(form);

        Teacher stored = repository.findById(id).orElseThrow();
        assertThat(stored.getDepartment().getId()).isEqualTo(oph);
        assertThat(stored.getDegree()).isEqualTo(Teacher.AcademicDegree.DOCTOR);
        assertThat(stored.isExternal()).isTrue();
        assertThat(stored.getEmail()).isEqualTo("moved." + id + "@staff.example");

        service.deactivate(id, service.edit(id).getVersion());
        assertThat(repository.findById(id).orElseThrow().isActive()).isFalse();
        assertThat(departments.headCandidates(oph)).extracting(TeacherOption::id).doesNotContain(id);
        service.activate(id, service.edit(id).getVersion());
        assertThat(repository.findById(id).orElseThrow().isActive()).isTrue();
    }

    @Test
    void an_e_mail_another_person_has_is_refused_and_nothing_changes() {
        long before = repository.count();
        TeacherForm copy = teacher(unique("Teacher"), mg);
        copy.setEmail("STUDENT@cathedra.example");
        assertThatThrownBy(() -> service.save(copy)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.email.taken");
        assertThat(repository.count()).isEqualTo(before);

        long id = service.save(teacher(unique("Teacher"), mg));
        TeacherForm edit = service.edit(id);
        String email = edit.getEmail();
        edit.setEmail("teacher@cathedra.example");
        edit.setLastName("Renamed");
        assertThatThrownBy(() -> service.save(edit)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.email.taken");
        assertThat(repository.findById(id).orElseThrow())
                .satisfies(t -> assertThat(t.getEmail()).isEqualTo(email))
                .satisfies(t -> assertThat(t.getLastName()).isNotEqualTo("Renamed"));
    }

    @Test
    void blank_names_and_bad_e_mails_are_refused() {
        long before = repository.count();
        TeacherForm blank = teacher(unique("Teacher"), mg);
        blank.setFirstName(" ");
        assertThatThrownBy(() -> service.save(blank)).isInstanceOf(DomainException.class)
                .extracting("messageKey", "arguments")
                .containsExactly("error.required", new Object[] {"person.firstName"});
        TeacherForm badMail = teacher(unique("Teacher"), mg);
        badMail.setEmail("not-an-address");
        assertThatThrownBy(() -> service.save(badMail)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.email");
        TeacherForm noDepartment = teacher(unique("Teacher"), mg);
        noDepartment.setDepartmentId(null);
        assertThatThrownBy(() -> service.save(noDepartment)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.required");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_refused_login_leaves_no_teacher_behind() {
        long before = repository.count();
        long accountsBefore = accountRepository.count();
        TeacherForm taken = teacher(unique("Teacher"), mg);
        taken.setCreateLogin(true);
        taken.setUsername("teacher");
        taken.setPassword("a-long-initial-secret");
        assertThatThrownBy(() -> service.save(taken)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.username.taken");
        TeacherForm weak = teacher(unique("Teacher"), mg);
        weak.setCreateLogin(true);
        weak.setUsername(unique("t.").toLowerCase(Locale.ROOT));
        weak.setPassword("short");
        assertThatThrownBy(() -> service.save(weak)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.password.short");
        assertThat(repository.count()).isEqualTo(before);
        assertThat(accountRepository.count()).isEqualTo(accountsBefore);
    }

    @Test
    void the_head_of_a_department_neither_moves_away_nor_is_deactivated() {
        long dept = departments.save(department(unique("D")));
        long head = service.save(teacher(unique("Head"), dept));
        DepartmentForm d = departments.edit(dept);
        d.setHeadId(head);
        departments.save(d);

        TeacherForm move = service.edit(head);
        move.setDepartmentId(mg);
        assertThatThrownBy(() -> service.save(move)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.teacher.isHead");
        assertThatThrownBy(() -> service.deactivate(head, service.edit(head).getVersion()))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.teacher.isHead");
        Teacher stored = repository.findById(head).orElseThrow();
        assertThat(stored.getDepartment().getId()).isEqualTo(dept);
        assertThat(stored.isActive()).isTrue();
    }

    @Test
    void nobody_joins_an_inactive_department() {
        long dept = departments.save(department(unique("D")));
        departments.deactivate(dept, departments.edit(dept).getVersion());
        long before = repository.count();
        assertThatThrownBy(() -> service.save(teacher(unique("Teacher"), dept))).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.department.inactive");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void an_edit_of_a_stale_version_is_refused() {
        long id = service.save(teacher(unique("Teacher"), mg));
        TeacherForm first = service.edit(id);
        TeacherForm stale = service.edit(id);
        first.setPosition(Teacher.Position.PROFESSOR);
        service.save(first);
        stale.setPosition(Teacher.Position.ASSISTANT);
        assertThatThrownBy(() -> service.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(repository.findById(id).orElseThrow().getPosition()).isEqualTo(Teacher.Position.PROFESSOR);
    }

    @Test
    void students_and_teachers_may_not_change_teachers() {
        long id = service.save(teacher(unique("Teacher"), mg));
        long version = service.edit(id).getVersion();
        long before = repository.count();
        for (String who : new String[] {"student", "teacher"}) {
            SignIn.as(accounts, who);
            assertThatThrownBy(() -> service.save(teacher(unique("Teacher"), mg)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.deactivate(id, version)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.edit(id)).isInstanceOf(AccessDeniedException.class);
        }
        SignIn.as(accounts, "admin");
        assertThat(repository.count()).isEqualTo(before);
        assertThat(repository.findById(id).orElseThrow().isActive()).isTrue();
    }

    @Test
    void the_list_filters_by_name_e_mail_and_department() {
        String name = unique("Findme");
        long oph = departmentRepository.findByCode("OPH").orElseThrow().getId();
        long id = service.save(teacher(name, oph));

        assertThat(service.list(new TeacherService.Filter(null, mg, false), PageRequest.of(0, 100)))
                .hasSizeGreaterThanOrEqualTo(5).allSatisfy(row -> assertThat(row.departmentCode()).isEqualTo("MG"));
        assertThat(service.list(new TeacherService.Filter(name.toLowerCase(Locale.ROOT) + " olga", null, false),
                PageRequest.of(0, 10))).singleElement().satisfies(row -> {
                    assertThat(row.id()).isEqualTo(id);
                    assertThat(row.departmentName(Locale.ENGLISH)).isEqualTo("Department of Ophthalmogenetics");
                    assertThat(row.login()).isNull();
                });
        assertThat(service.list(new TeacherService.Filter(name, mg, false), PageRequest.of(0, 10))).isEmpty();
        assertThat(service.list(new TeacherService.Filter("teacher@cathedra", null, false), PageRequest.of(0, 10)))
                .singleElement().satisfies(row -> assertThat(row.login()).isEqualTo("teacher"));
    }
}
