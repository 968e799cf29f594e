package org.cathedra.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cathedra.directory.DirectoryTestData.department;
import static org.cathedra.directory.DirectoryTestData.student;
import static org.cathedra.directory.DirectoryTestData.teacher;
import static org.cathedra.directory.DirectoryTestData.unique;

import java.util.List;
import java.util.Locale;
import org.cathedra.audit.AuditEntry;
import org.cathedra.audit.AuditService;
import org.cathedra.directory.internal.DepartmentRepository;
import org.cathedra.directory.internal.UserAccountRepository;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CathedraTest
class DirectoryAuditTest {

    @Autowired
    TeacherService teachers;
    @Autowired
    StudentService students;
    @Autowired
    DepartmentService departments;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditService audit;
    @Autowired
    DepartmentRepository departmentRepository;
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

    private List<AuditEntry> history(String type, long id) {
        return audit.history(type, String.valueOf(id));
    }

    @Test
    void creating_editing_and_deactivating_a_teacher_is_recorded_with_only_what_changed() {
        long mg = departmentRepository.findByCode("MG").orElseThrow().getId();
        String name = unique("Audited");
        long id = teachers.save(teacher(name, mg));
        TeacherForm form = teachers.edit(id);
        form.setEmail("moved." + id + "@staff.example");
        form.setPosition(Teacher.Position.PROFESSOR);
        teachers.save(form);
        teachers.save(teachers.edit(id));
        teachers.deactivate(id, teachers.edit(id).getVersion());
        teachers.activate(id, teachers.edit(id).getVersion());

        List<AuditEntry> history = history("teacher", id);
        assertThat(history).extracting(AuditEntry::action).as("a save without changes is not recorded")
                .containsExactly("created", "changed", "deactivated", "activated");
        assertThat(history).extracting(AuditEntry::actor).containsOnly("admin");
        assertThat(history.get(0).before()).isNull();
        assertThat(history.get(0).after()).contains("lastName=" + name, "department=MG", "position=ASSOCIATE_PROFESSOR");
        assertThat(history.get(1).before())
                .isEqualTo("email=" + name.toLowerCase(Locale.ROOT) + "@staff.example; position=ASSOCIATE_PROFESSOR");
        assertThat(history.get(1).after()).isEqualTo("email=moved." + id + "@staff.example; position=PROFESSOR");
        assertThat(history.get(2).before()).isEqualTo("active=true");
        assertThat(history.get(2).after()).isEqualTo("active=false");
    }

    @Test
    void a_student_with_a_new_login_is_recorded_without_any_password() {
        String name = unique("Learner");
        StudentForm form = student(name, Student.LearnerKind.CPD);
        form.setCreateLogin(true);
        form.setUsername(name.toLowerCase(Locale.ROOT));
        form.setPassword("a-long-initial-secret");
        long id = students.save(form);
        StudentForm edit = students.edit(id);
        edit.setCohort("C-moved");
        students.save(edit);

        assertThat(history("student", id)).extracting(AuditEntry::action).containsExactly("created", "changed");
        assertThat(history("student", id).get(1).after()).isEqualTo("cohort=C-moved");
        long accountId = accountRepository.findByPersonId(id).orElseThrow().getId();
        AuditEntry login = history("account", accountId).getFirst();
        assertThat(login.action()).isEqualTo("created");
        assertThat(login.after()).contains("username=" + name.toLowerCase(Locale.ROOT), "role=STUDENT",
                "person=#" + id);
        String hash = accountRepository.findById(accountId).orElseThrow().getPasswordHash();
        assertThat(login.after()).doesNotContain(hash).doesNotContain("a-long-initial-secret")
                .doesNotContainIgnoringCase("password");
    }

    @Test
    void department_changes_are_recorded() {
        long id = departments.save(department(unique("AU")));
        DepartmentForm form = departments.edit(id);
        form.setNameEn("Renamed " + id);
        departments.save(form);
        departments.deactivate(id, departments.edit(id).getVersion());

        List<AuditEntry> history = history("department", id);
        assertThat(history).extracting(AuditEntry::action).containsExactly("created", "changed", "deactivated");
        assertThat(history.get(1).after()).isEqualTo("nameEn=Renamed " + id);
    }

    @Test
    void disabling_enabling_and_unlocking_a_login_is_recorded() {
        String name = unique("acc.").toLowerCase(Locale.ROOT);
        long id = accounts.createAccount(name, "correct-horse-battery", UserAccount.Role.TEACHER, null);
        accounts.disable(id);
        accounts.enable(id);
        accounts.unlock(id);

        assertThat(history("account", id)).extracting(AuditEntry::action, AuditEntry::after).containsExactly(
                tuple("created", "username=" + name + "; role=TEACHER; person=—"),
                tuple("disabled", "enabled=false"),
                tuple("enabled", "enabled=true"),
                tuple("unlocked", "locked=false"));
    }
}
