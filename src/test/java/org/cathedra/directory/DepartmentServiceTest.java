package org.cathedra.directory;

import org.cathedra.shared.UniqueKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cathedra.directory.DirectoryTestData.department;
import static org.cathedra.directory.DirectoryTestData.teacher;
import static org.cathedra.directory.DirectoryTestData.unique;

import java.util.Map;
import org.cathedra.directory.internal.DepartmentRepository;
import org.cathedra.shared.DomainException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

@CathedraTest
class DepartmentServiceTest {

    @Autowired
    DepartmentService service;
    @Autowired
    TeacherService teachers;
    @Autowired
    AccountService accounts;
    @Autowired
    DepartmentRepository repository;

    @BeforeEach
    void signInAsAdministrator() {
        SignIn.as(accounts, "admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private DepartmentForm stored(long id) {
        return service.edit(id);
    }

    @Test
    void an_administrator_creates_edits_deactivates_and_reactivates_a_department() {
        String code = unique("D");
        long id = service.save(department(code.toLowerCase()));
        DepartmentForm form = stored(id);
        assertThat(form.getCode()).as("codes are stored in upper case").isEqualTo(code);

        form.setNameEn("  Department of Clinical Genomics ");
        service.save(form);
        assertThat(stored(id).getNameEn()).isEqualTo("Department of Clinical Genomics");

        service.deactivate(id, stored(id).getVersion());
        assertThat(repository.findById(id).orElseThrow().isActive()).isFalse();
        assertThat(service.options()).filteredOn(o -> o.code().equals(code)).singleElement()
                .satisfies(o -> assertThat(o.active()).isFalse());
        service.activate(id, stored(id).getVersion());
        assertThat(repository.findById(id).orElseThrow().isActive()).isTrue();
        assertThat(repository.count()).as("nothing is ever deleted").isGreaterThanOrEqualTo(12);
    }

    @Test
    void blank_or_too_long_names_are_refused_and_nothing_is_stored() {
        long before = repository.count();
        DepartmentForm blank = department(unique("D"));
        blank.setNameRu("   ");
        assertThatThrownBy(() -> service.save(blank)).isInstanceOf(DomainException.class)
                .extracting("messageKey", "arguments").containsExactly("error.required",
                        new Object[] {"department.nameRu"});
        DepartmentForm tooLong = department(unique("D"));
        tooLong.setNameEn("x".repeat(Department.NAME_MAX + 1));
        assertThatThrownBy(() -> service.save(tooLong)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.tooLong");
        assertThat(repository.count()).isEqualTo(before);

        long id = service.save(department(unique("D")));
        DepartmentForm edit = stored(id);
        String nameRu = edit.getNameRu();
        edit.setNameRu("");
        edit.setNameEn("A name that is never stored");
        assertThatThrownBy(() -> service.save(edit)).isInstanceOf(DomainException.class);
        assertThat(stored(id).getNameRu()).isEqualTo(nameRu);
        assertThat(stored(id).getNameEn()).isNotEqualTo("A name that is never stored");
    }

    @Test
    void a_code_in_use_is_refused_whatever_its_case_and_nothing_changes() {
        long before = repository.count();
        assertThatThrownBy(() -> service.save(department("mg"))).isInstanceOf(DomainException.class)
                .extracting("messageKey", "arguments").containsExactly("error.duplicateCode", new Object[] {"MG"});
        assertThat(repository.count()).isEqualTo(before);

        String code = unique("D");
        long id = service.save(department(code));
        DepartmentForm edit = stored(id);
        edit.setCode("OPH");
        assertThatThrownBy(() -> service.save(edit)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.duplicateCode");
        assertThat(stored(id).getCode()).isEqualTo(code);
    }

    @Test
    void a_duplicate_code_reported_by_the_database_is_explained_as_a_code_in_use() {
        DataIntegrityViolationException violation = null;
        try {
            repository.saveAndFlush(new Department("CYT", "Дубликат", "Duplicate"));
        } catch (DataIntegrityViolationException e) {
            violation = e;
        }
        assertThat(violation).as("the database has a unique key on the code").isNotNull();
        RuntimeException explained = UniqueKeys.explain(violation,
                Map.of(DepartmentService.CODE_KEY, () -> new DomainException("error.duplicateCode", "CYT")));
        assertThat(explained).isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("error.duplicateCode");
        assertThat(UniqueKeys.explain(violation, Map.of("uk_something_else", () -> new DomainException("x"))))
                .isSameAs(violation);
    }

    @Test
    void the_head_is_an_active_teacher_of_the_department_itself() {
        long id = service.save(department(unique("D")));
        long own = teachers.save(teacher(unique("Head"), id));
        long mg = repository.findByCode("MG").orElseThrow().getId();
        long elsewhere = teachers.save(teacher(unique("Other"), mg));
        assertThat(service.headCandidates(id)).extracting(TeacherOption::id).containsExactly(own);

        DepartmentForm form = stored(id);
        form.setHeadId(elsewhere);
        assertThatThrownBy(() -> service.save(form)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.department.head");
        assertThat(stored(id).getHeadId()).isNull();

        form.setHeadId(own);
        service.save(form);
        assertThat(stored(id).getHeadId()).isEqualTo(own);
        assertThat(service.list(new DepartmentService.Filter(stored(id).getCode(), false), Pageable.ofSize(5)))
                .singleElement().satisfies(row -> {
                    assertThat(row.headName()).startsWith("Head").endsWith("Olga Petrovna");
                    assertThat(row.teacherCount()).isEqualTo(1);
                });
    }

    @Test
    void a_new_department_cannot_have_a_head_yet() {
        DepartmentForm form = department(unique("D"));
        form.setHeadId(repository.findByCode("MG").orElseThrow().getHead().getId());
        assertThatThrownBy(() -> service.save(form)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.department.newHead");
    }

    @Test
    void an_edit_of_a_stale_version_is_refused_and_the_newer_edit_survives() {
        long id = service.save(department(unique("D")));
        DepartmentForm first = stored(id);
        DepartmentForm second = stored(id);
        first.setNameEn("Saved first");
        service.save(first);
        second.setNameEn("Saved from a stale form");
        assertThatThrownBy(() -> service.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> service.deactivate(id, second.getVersion()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(stored(id).getNameEn()).isEqualTo("Saved first");
        assertThat(repository.findById(id).orElseThrow().isActive()).isTrue();
    }

    @Test
    void teachers_may_read_the_list_but_only_administrators_change_it() {
        long id = service.save(department(unique("D")));
        long version = stored(id).getVersion();
        long before = repository.count();

        SignIn.as(accounts, "teacher");
        assertThat(service.list(new DepartmentService.Filter("MG", false), Pageable.ofSize(20))).isNotEmpty();
        assertThatThrownBy(() -> service.save(department(unique("D")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.deactivate(id, version)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(accounts, "student");
        assertThatThrownBy(() -> service.list(new DepartmentService.Filter(null, false), Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(department(unique("D")))).isInstanceOf(AccessDeniedException.class);

        SignIn.as(accounts, "admin");
        assertThat(repository.count()).isEqualTo(before);
        assertThat(repository.findById(id).orElseThrow().isActive()).isTrue();
    }

    @Test
    void the_list_searches_codes_and_names_pages_through_the_database_and_hides_inactive_ones() {
        var all = service.list(new DepartmentService.Filter(null, false), PageRequest.of(0, 100));
        assertThat(all.getContent()).extracting(DepartmentRow::code).contains("MG", "OPH", "CLG").isSorted();
        assertThat(service.list(new DepartmentService.Filter("cytogen", false), PageRequest.of(0, 100)))
                .extracting(DepartmentRow::code).containsExactly("CYT");
        assertThat(service.list(new DepartmentService.Filter("онкогенетики", false), PageRequest.of(0, 100)))
                .extracting(DepartmentRow::code).containsExactly("ONC");
        assertThat(service.list(new DepartmentService.Filter("100%", false), PageRequest.of(0, 100))).isEmpty();
        var byName = service.list(new DepartmentService.Filter(null, false),
                PageRequest.of(0, 3, Sort.by(Sort.Direction.DESC, "nameEn")));
        assertThat(byName.getContent()).hasSize(3).extracting(DepartmentRow::nameEn)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(byName.hasNext()).isTrue();
        assertThat(service.list(new DepartmentService.Filter("MG", false), PageRequest.of(0, 100)))
                .filteredOn(row -> row.code().equals("MG")).singleElement()
                .satisfies(row -> assertThat(row.teacherCount()).isGreaterThanOrEqualTo(5));

        String code = unique("D");
        long id = service.save(department(code));
        service.deactivate(id, stored(id).getVersion());
        assertThat(service.list(new DepartmentService.Filter(code, false), PageRequest.of(0, 10))).isEmpty();
        assertThat(service.list(new DepartmentService.Filter(code, true), PageRequest.of(0, 10)))
                .singleElement().satisfies(row -> assertThat(row.active()).isFalse());
    }
}
