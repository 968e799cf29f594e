package org.cathedra.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cathedra.directory.DirectoryTestData.student;
import static org.cathedra.directory.DirectoryTestData.unique;

import java.util.Locale;
import org.cathedra.directory.ProgrammeLookup.ProgrammeOption;
import org.cathedra.directory.Student.LearnerKind;
import org.cathedra.directory.internal.StudentRepository;
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
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@CathedraTest
class StudentServiceTest {

    @Autowired
    StudentService service;
    @Autowired
    AccountService accounts;
    @Autowired
    StudentRepository repository;
    @Autowired
    UserAccountRepository accountRepository;

    @BeforeEach
    void signInAsAdministrator() {
        SignIn.as(accounts, "admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private ProgrammeOption programme(LearnerKind kind) {
        return service.programmeChoices(Locale.ENGLISH).stream().filter(p -> p.learnerKind() == kind).findFirst()
                .orElseThrow();
    }

    @Autowired
    AuthenticationManager authenticationManager;

    private void signInWithPassword(String username, String password) {
        authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void a_deactivated_student_cannot_sign_in_and_a_wrong_password_does_not_tell_so() {
        String name = unique("Gone");
        StudentForm form = student(name, LearnerKind.RESIDENT);
        form.setProgrammeId(programme(LearnerKind.RESIDENT).id());
        form.setCreateLogin(true);
        form.setUsername(name);
        form.setPassword("a-long-initial-secret");
        long id = service.save(form);
        long account = ((CathedraUser) accounts.loadUserByUsername(name)).accountId();
        signInWithPassword(name, "a-long-initial-secret");
        assertThat(accounts.isUsable(account)).isTrue();

        service.deactivate(id, service.edit(id).getVersion());

        assertThat(accounts.isUsable(account)).as("open sessions are ended on their next check").isFalse();
        assertThat(accounts.loadUserByUsername(name).isEnabled()).isFalse();
        assertThatThrownBy(() -> signInWithPassword(name, "a-long-initial-secret"))
                .as("the right password learns that the account is disabled").isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> signInWithPassword(name, "a-wrong-guess-here"))
                .as("a wrong password learns nothing more than for any account")
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(accountRepository.findById(account).orElseThrow().getFailedAttempts())
                .as("and counts towards the lock as usual").isEqualTo(1);

        service.activate(id, service.edit(id).getVersion());
        signInWithPassword(name, "a-long-initial-secret");
        assertThat(accounts.isUsable(account)).isTrue();
    }

    @Test
    void an_administrator_enrols_a_resident_with_a_login_then_edits_deactivates_and_reactivates() {
        String name = unique("Student");
        StudentForm form = student(name, LearnerKind.RESIDENT);
        form.setProgrammeId(programme(LearnerKind.RESIDENT).id());
        form.setCreateLogin(true);
        form.setUsername(name);
        form.setPassword("a-long-initial-secret");
        long id = service.save(form);

        CathedraUser user = (CathedraUser) accounts.loadUserByUsername(name);
        assertThat(user.role()).isEqualTo(UserAccount.Role.STUDENT);
        assertThat(user.personId()).isEqualTo(id);

        StudentForm edit = service.edit(id);
        assertThat(edit.getLogin()).isEqualTo(name.toLowerCase(Locale.ROOT));
        edit.setLearnerKind(LearnerKind.PHD);
        edit.setProgrammeId(programme(LearnerKind.PHD).id());
        edit.setCohort(" PHD-" + name + " ");
        edit.setStartYear(2025);
        service.save(edit);
        Student stored = repository.findById(id).orElseThrow();
        assertThat(stored.getLearnerKind()).isEqualTo(LearnerKind.PHD);
        assertThat(stored.getCohort()).isEqualTo("PHD-" + name);
        assertThat(stored.getStartYear()).isEqualTo(2025);

        service.deactivate(id, service.edit(id).getVersion());
        assertThat(repository.findById(id).orElseThrow().isActive()).isFalse();
        service.activate(id, service.edit(id).getVersion());
        assertThat(repository.findById(id).orElseThrow().isActive()).isTrue();
    }

    @Test
    void a_programme_for_another_kind_of_learner_is_refused_and_nothing_changes() {
        long before = repository.count();
        StudentForm cpd = student(unique("Student"), LearnerKind.CPD);
        cpd.setProgrammeId(programme(LearnerKind.RESIDENT).id());
        assertThatThrownBy(() -> service.save(cpd)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.student.programmeKind");
        assertThat(repository.count()).isEqualTo(before);

        StudentForm resident = student(unique("Student"), LearnerKind.RESIDENT);
        resident.setProgrammeId(programme(LearnerKind.RESIDENT).id());
        long id = service.save(resident);
        StudentForm edit = service.edit(id);
        edit.setLearnerKind(LearnerKind.CPD);
        assertThatThrownBy(() -> service.save(edit)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.student.programmeKind");
        assertThat(repository.findById(id).orElseThrow().getLearnerKind()).isEqualTo(LearnerKind.RESIDENT);

        StudentForm unknown = student(unique("Student"), LearnerKind.RESIDENT);
        unknown.setProgrammeId(-42L);
        assertThatThrownBy(() -> service.save(unknown)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.notFound");
    }

    @Test
    void blank_names_an_implausible_start_year_and_a_taken_e_mail_are_refused() {
        long before = repository.count();
        StudentForm blank = student(unique("Student"), LearnerKind.CPD);
        blank.setLastName("");
        assertThatThrownBy(() -> service.save(blank)).isInstanceOf(DomainException.class)
                .extracting("messageKey", "arguments")
                .containsExactly("error.required", new Object[] {"person.lastName"});
        StudentForm year = student(unique("Student"), LearnerKind.CPD);
        year.setStartYear(1989);
        assertThatThrownBy(() -> service.save(year)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.range");
        StudentForm taken = student(unique("Student"), LearnerKind.CPD);
        taken.setEmail("Student@Cathedra.Example");
        assertThatThrownBy(() -> service.save(taken)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.email.taken");
        StudentForm longCohort = student(unique("Student"), LearnerKind.CPD);
        longCohort.setCohort("c".repeat(Student.COHORT_MAX + 1));
        assertThatThrownBy(() -> service.save(longCohort)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.tooLong");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_refused_login_leaves_no_student_behind() {
        long before = repository.count();
        long accountsBefore = accountRepository.count();
        StudentForm form = student(unique("Student"), LearnerKind.CPD);
        form.setCreateLogin(true);
        form.setUsername("Not A User Name");
        form.setPassword("a-long-initial-secret");
        assertThatThrownBy(() -> service.save(form)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.username");
        assertThat(repository.count()).isEqualTo(before);
        assertThat(accountRepository.count()).isEqualTo(accountsBefore);
    }

    @Test
    void an_edit_of_a_stale_version_is_refused() {
        long id = service.save(student(unique("Student"), LearnerKind.CPD));
        StudentForm first = service.edit(id);
        StudentForm stale = service.edit(id);
        first.setCohort("First");
        service.save(first);
        stale.setCohort("Stale");
        assertThatThrownBy(() -> service.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(repository.findById(id).orElseThrow().getCohort()).isEqualTo("First");
    }

    @Test
    void students_and_teachers_may_not_change_or_list_students() {
        long id = service.save(student(unique("Student"), LearnerKind.CPD));
        long version = service.edit(id).getVersion();
        long before = repository.count();
        for (String who : new String[] {"student", "teacher"}) {
            SignIn.as(accounts, who);
            assertThatThrownBy(() -> service.save(student(unique("Student"), LearnerKind.CPD)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.deactivate(id, version)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.list(new StudentService.Filter(null, null, null, false),
                    PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        }
        SignIn.as(accounts, "admin");
        assertThat(repository.count()).isEqualTo(before);
        assertThat(repository.findById(id).orElseThrow().isActive()).isTrue();
    }

    @Test
    void the_list_filters_by_text_kind_and_cohort() {
        String name = unique("Cohorted");
        StudentForm form = student(name, LearnerKind.PHD);
        form.setCohort("PHD-" + name);
        long id = service.save(form);
        assertThat(service.cohorts()).contains("PHD-" + name);

        assertThat(service.list(new StudentService.Filter(null, null, "PHD-" + name, false), PageRequest.of(0, 10)))
                .singleElement().satisfies(row -> assertThat(row.id()).isEqualTo(id));
        assertThat(service.list(new StudentService.Filter(name, LearnerKind.CPD, null, false), PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(service.list(new StudentService.Filter(null, LearnerKind.PHD, null, false),
                PageRequest.of(0, 500))).hasSizeGreaterThanOrEqualTo(44)
                .allSatisfy(row -> assertThat(row.learnerKind()).isEqualTo(LearnerKind.PHD));
        assertThat(service.list(new StudentService.Filter("петрова анна", null, null, false),
                PageRequest.of(0, 10))).extracting(StudentRow::login).contains("student");
    }
}
