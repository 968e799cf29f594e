package org.cathedra.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cathedra.catalog.internal.CourseRepository;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.Department;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;

@CathedraTest
class CourseServiceTest {

    @Autowired
    CourseService service;
    @Autowired
    CourseRepository repository;
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

    private long department(String code) {
        return service.departments().stream().filter(d -> d.getCode().equals(code)).findFirst().orElseThrow()
                .getId();
    }

    private CourseService.Draft draft(String code, String nameEn, String department, StudyLoad load) {
        return new CourseService.Draft(code, "Дисциплина " + code, nameEn, department(department), load,
                Course.AssessmentForm.EXAM, Course.Component.DISCIPLINE);
    }

    @Test
    void an_administrator_creates_edits_deactivates_and_reactivates_a_course() {
        Course created = service.create(draft("cs-life-1", "Trial Genetics", "MG",
                StudyLoad.ofCreditUnits(new BigDecimal("0.5"))));
        assertThat(created.getCode()).isEqualTo("CS-LIFE-1");
        assertThat(created.getLoad().academicHours()).isEqualTo(18);

        Course edited = service.update(created.getId(), created.getVersion(), new CourseService.Draft("CS-LIFE-1",
                "Пробная цитогенетика", "Trial Cytogenetics", department("CYT"), new StudyLoad(72),
                Course.AssessmentForm.PASS_FAIL, Course.Component.PRACTICE));
        Course stored = service.get(created.getId());
        assertThat(stored.getDepartment().getCode()).isEqualTo("CYT");
        assertThat(stored.getNameEn()).isEqualTo("Trial Cytogenetics");
        assertThat(stored.getAssessmentForm()).isEqualTo(Course.AssessmentForm.PASS_FAIL);
        assertThat(stored.getComponent()).isEqualTo(Course.Component.PRACTICE);
        assertThat(stored.getLoad().creditUnits()).isEqualByComparingTo("2");

        Course inactive = service.deactivate(edited.getId(), edited.getVersion());
        assertThat(service.get(created.getId()).isActive()).isFalse();
        assertThat(service.list(CourseService.Filter.activeMatching("CS-LIFE-1"), PageRequest.of(0, 5))).isEmpty();
        service.activate(inactive.getId(), inactive.getVersion());
        assertThat(service.list(CourseService.Filter.activeMatching("CS-LIFE-1"), PageRequest.of(0, 5)))
                .hasSize(1);
    }

    @Test
    void blank_names_missing_departments_and_duplicate_codes_are_refused_and_change_nothing() {
        Course c = service.create(draft("CS-BAD-1", "Unchanged", "MG", new StudyLoad(36)));

        assertThatThrownBy(() -> service.update(c.getId(), c.getVersion(), draft("CS-BAD-1", " ", "MG",
                new StudyLoad(36)))).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly("course.nameEn"));
        assertThatThrownBy(() -> service.update(c.getId(), c.getVersion(), new CourseService.Draft("CS-BAD-1",
                "Дисциплина", "Changed", null, new StudyLoad(36), Course.AssessmentForm.EXAM, null)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly("course.department"));
        assertThatThrownBy(() -> service.update(c.getId(), c.getVersion(), draft("mg-101", "Changed", "MG",
                new StudyLoad(36)))).isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("error.duplicateCode");
        assertThatThrownBy(() -> service.create(draft("MG-101", "Copy", "MG", new StudyLoad(36))))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.duplicateCode");

        Course stored = service.get(c.getId());
        assertThat(stored.getCode()).isEqualTo("CS-BAD-1");
        assertThat(stored.getNameEn()).isEqualTo("Unchanged");
        assertThat(stored.getVersion()).isEqualTo(c.getVersion());
        assertThat(repository.findByCode("MG-101")).get().extracting(Course::getNameEn)
                .isEqualTo("Medical Genetics");
    }

    @Test
    void a_duplicate_code_that_slips_past_the_check_is_refused_by_the_database_with_the_same_message() {
        LostRace.run(transactions, em, () -> service.create(draft("CS-RACE-1", "Winner", "MG", new StudyLoad(36))),
                () -> assertThatThrownBy(() -> service.create(draft("CS-RACE-1", "Loser", "ONC",
                        new StudyLoad(36)))).isInstanceOf(DomainException.class).extracting("messageKey")
                        .isEqualTo("error.duplicateCode"));
        assertThat(repository.findByCode("CS-RACE-1")).get().extracting(Course::getNameEn).isEqualTo("Winner");
    }

    @Test
    void only_administrators_change_courses() {
        Course c = service.create(draft("CS-SEC-1", "Guarded", "MG", new StudyLoad(36)));
        SignIn.as(accounts, "teacher");
        assertThatThrownBy(() -> service.create(draft("CS-SEC-2", "Intruder", "MG", new StudyLoad(36))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(c.getId(), c.getVersion(), draft("CS-SEC-1", "Taken over", "MG",
                new StudyLoad(36)))).isInstanceOf(AccessDeniedException.class);
        SignIn.as(accounts, "student");
        assertThatThrownBy(() -> service.deactivate(c.getId(), c.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.existsByCode("CS-SEC-2")).isFalse();
        assertThat(repository.findById(c.getId())).get().satisfies(stored -> {
            assertThat(stored.getNameEn()).isEqualTo("Guarded");
            assertThat(stored.isActive()).isTrue();
        });
    }

    @Test
    void a_change_to_a_version_someone_else_has_changed_meanwhile_is_refused() {
        Course seen = service.create(draft("CS-STALE-1", "First", "MG", new StudyLoad(36)));
        service.update(seen.getId(), seen.getVersion(), draft("CS-STALE-1", "Second", "MG", new StudyLoad(36)));
        assertThatThrownBy(() -> service.update(seen.getId(), seen.getVersion(), draft("CS-STALE-1", "Third", "MG",
                new StudyLoad(36)))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.get(seen.getId()).getNameEn()).isEqualTo("Second");
    }

    @Test
    void the_list_filters_by_text_department_and_assessment_form_in_the_database() {
        var mgExams = service.list(new CourseService.Filter(null, department("MG"), Course.AssessmentForm.EXAM,
                false), PageRequest.of(0, 50));
        assertThat(mgExams).extracting(Course::getCode).contains("MG-101", "MG-301").doesNotContain("MG-102");
        assertThat(mgExams).allSatisfy(c -> {
            assertThat(c.getDepartment().getCode()).isEqualTo("MG");
            assertThat(c.getAssessmentForm()).isEqualTo(Course.AssessmentForm.EXAM);
        });
        assertThat(service.list(CourseService.Filter.activeMatching("cytogenetic"), PageRequest.of(0, 50)))
                .extracting(Course::getCode).contains("CYT-101", "CPD-CYT144");
        var byDepartment = service.list(CourseService.Filter.ALL,
                PageRequest.of(0, 3, Sort.by(Sort.Order.desc("department.code"))));
        assertThat(byDepartment.getContent()).hasSize(3);
        assertThat(byDepartment.getTotalElements()).isGreaterThanOrEqualTo(29);
        assertThat(byDepartment.getContent()).extracting(c -> c.getDepartment().getCode())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
    private long course(String code) {
        return service.create(draft(code, "Course " + code, "MG", new StudyLoad(36))).getId();
    }

    private List<String> prerequisiteCodes(long courseId) {
        return service.prerequisites(courseId).stream().map(Course::getCode).toList();
    }

    @Test
    void prerequisites_are_set_replaced_and_listed_by_code() {
        long basics = course("CS-PRE-B");
        long lab = course("CS-PRE-L");
        long advanced = course("CS-PRE-A");

        service.setPrerequisites(advanced, List.of(lab, basics));
        assertThat(prerequisiteCodes(advanced)).containsExactly("CS-PRE-B", "CS-PRE-L");
        assertThat(service.prerequisiteCodes(List.of(advanced, basics)))
                .containsExactlyEntriesOf(Map.of(advanced, List.of("CS-PRE-B", "CS-PRE-L")));
        assertThat(service.prerequisiteChoices(advanced)).extracting(Course::getId)
                .contains(basics, lab).doesNotContain(advanced);

        service.setPrerequisites(advanced, List.of(lab));
        assertThat(prerequisiteCodes(advanced)).containsExactly("CS-PRE-L");
        service.setPrerequisites(advanced, List.of());
        assertThat(prerequisiteCodes(advanced)).isEmpty();
    }

    @Test
    void a_course_cannot_require_itself_or_close_a_cycle_and_a_refusal_changes_nothing() {
        long first = course("CS-CYC-1");
        long second = course("CS-CYC-2");
        long third = course("CS-CYC-3");
        service.setPrerequisites(second, List.of(first));
        service.setPrerequisites(third, List.of(second));

        assertThatThrownBy(() -> service.setPrerequisites(first, List.of(first))).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.prerequisite.self");
        assertThatThrownBy(() -> service.setPrerequisites(first, List.of(third)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.prerequisite.cycle");
                    assertThat(e.arguments()).containsExactly("CS-CYC-1", "CS-CYC-3",
                            "CS-CYC-3 → CS-CYC-2 → CS-CYC-1");
                });
        assertThat(prerequisiteCodes(first)).isEmpty();

        // a cycle refused through the course form leaves the rest of the edit undone too
        Course stored = service.get(first);
        assertThatThrownBy(() -> service.update(first, stored.getVersion(), new CourseService.Draft("CS-CYC-1",
                "Дисциплина", "Renamed", department("MG"), new StudyLoad(36), Course.AssessmentForm.EXAM,
                Course.Component.DISCIPLINE, Set.of(second)))).isInstanceOf(DomainException.class);
        assertThat(service.get(first).getNameEn()).isEqualTo("Course CS-CYC-1");
        assertThat(prerequisiteCodes(first)).isEmpty();

        // replacing a course's own requirements is no cycle: CS-CYC-3 may drop CS-CYC-2 and take CS-CYC-1 directly
        service.setPrerequisites(third, List.of(first));
        assertThat(prerequisiteCodes(third)).containsExactly("CS-CYC-1");
    }

    @Test
    void prerequisites_of_unknown_courses_are_not_found_and_only_administrators_set_them() {
        long course = course("CS-PRE-X");
        assertThatThrownBy(() -> service.setPrerequisites(course, List.of(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
        assertThat(prerequisiteCodes(course)).isEmpty();

        SignIn.as(accounts, "teacher");
        long other = repository.findByCode("MG-101").orElseThrow().getId();
        assertThatThrownBy(() -> service.setPrerequisites(course, List.of(other)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(prerequisiteCodes(course)).isEmpty();
    }
}
