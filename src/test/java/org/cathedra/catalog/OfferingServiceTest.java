package org.cathedra.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cathedra.catalog.internal.CourseOfferingRepository;
import org.cathedra.catalog.internal.TermRepository;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.Department;
import org.cathedra.shared.DomainException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Offerings of courses created here, in an academic year of this test's own (2067). */
@CathedraTest
class OfferingServiceTest {

    @Autowired
    OfferingService service;
    @Autowired
    CourseService courses;
    @Autowired
    TermService terms;
    @Autowired
    TermRepository termRepository;
    @Autowired
    CourseOfferingRepository repository;
    @Autowired
    AccountService accounts;

    Term term;
    Department mg;

    @BeforeEach
    void signInAsAdministratorWithATerm() {
        SignIn.as(accounts, "admin");
        term = termRepository.findByAcademicYearAndPart(2067, Term.Part.AUTUMN).orElseGet(() -> terms.create(
                new TermService.Draft(2067, Term.Part.AUTUMN, LocalDate.of(2067, 9, 1), LocalDate.of(2068, 1, 31))));
        mg = courses.departments().stream().filter(d -> d.getCode().equals("MG")).findFirst().orElseThrow();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Course course(String code) {
        return courses.create(new CourseService.Draft(code, "Дисциплина " + code, "Course " + code, mg.getId(),
                new StudyLoad(72), Course.AssessmentForm.EXAM, Course.Component.DISCIPLINE));
    }

    private List<TeacherChoice> teachers(Long departmentFirst) {
        return service.teacherChoices(departmentFirst, null, PageRequest.of(0, 100));
    }

    private Set<Long> ids(TeacherChoice... choices) {
        return java.util.Arrays.stream(choices).map(TeacherChoice::id).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void an_administrator_creates_edits_deactivates_and_reactivates_an_offering() {
        Course course = course("OS-LIFE-1");
        List<TeacherChoice> staff = teachers(mg.getId());
        CourseOffering created = service.create(new OfferingService.Draft(course.getId(), term.getId(), " ", 12,
                ids(staff.get(0))));
        assertThat(created.getSection()).isEqualTo(CourseOffering.DEFAULT_SECTION);

        CourseOffering edited = service.update(created.getId(), created.getVersion(), new OfferingService.Draft(
                course.getId(), term.getId(), "B", 20, ids(staff.get(0), staff.get(1))));
        var shown = service.list(new OfferingService.Filter(term.getId(), null, "OS-LIFE-1", true),
                PageRequest.of(0, 10)).getContent();
        assertThat(shown).singleElement().satisfies(o -> {
            assertThat(o.getSection()).isEqualTo("B");
            assertThat(o.getCapacity()).isEqualTo(20);
            assertThat(o.getTeachers()).extracting(t -> t.getId()).containsExactlyInAnyOrder(staff.get(0).id(),
                    staff.get(1).id());
            assertThat(o.getCourse().getDepartment().getCode()).isEqualTo("MG");
        });

        CourseOffering inactive = service.deactivate(edited.getId(), edited.getVersion());
        assertThat(repository.findById(created.getId())).get().extracting(CourseOffering::isActive).isEqualTo(false);
        assertThat(service.list(new OfferingService.Filter(term.getId(), null, "OS-LIFE-1", false),
                PageRequest.of(0, 10))).isEmpty();
        service.activate(inactive.getId(), inactive.getVersion());
        assertThat(repository.findById(created.getId())).get().extracting(CourseOffering::isActive).isEqualTo(true);
    }

    @Test
    void capacities_outside_one_to_a_thousand_are_refused_and_change_nothing() {
        Course course = course("OS-CAP-1");
        CourseOffering offering = service.create(new OfferingService.Draft(course.getId(), term.getId(), "A", 10,
                Set.of()));
        for (int capacity : new int[] {0, -5, CourseOffering.MAX_CAPACITY + 1}) {
            assertThatThrownBy(() -> service.update(offering.getId(), offering.getVersion(),
                    new OfferingService.Draft(course.getId(), term.getId(), "A", capacity, Set.of())))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("error.range"))
                    .satisfies(e -> assertThat(((DomainException) e).arguments()[0]).isEqualTo("offering.capacity"));
        }
        assertThatThrownBy(() -> service.create(new OfferingService.Draft(course.getId(), term.getId(), "B", -1,
                Set.of()))).isInstanceOf(DomainException.class);

        assertThat(repository.findById(offering.getId())).get().satisfies(o -> {
            assertThat(o.getCapacity()).isEqualTo(10);
            assertThat(o.getVersion()).isEqualTo(offering.getVersion());
        });
        assertThat(repository.sectionTaken(course.getId(), term.getId(), "B", null)).isFalse();
    }

    @Test
    void a_course_has_one_offering_per_term_and_section() {
        Course course = course("OS-DUP-1");
        service.create(new OfferingService.Draft(course.getId(), term.getId(), "A", 10, Set.of()));
        CourseOffering b = service.create(new OfferingService.Draft(course.getId(), term.getId(), "B", 10,
                Set.of()));

        assertThatThrownBy(() -> service.create(new OfferingService.Draft(course.getId(), term.getId(), null, 5,
                Set.of()))).isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("error.offering.duplicate");
        assertThatThrownBy(() -> service.update(b.getId(), b.getVersion(), new OfferingService.Draft(course.getId(),
                term.getId(), "A", 10, Set.of()))).isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("error.offering.duplicate");
        assertThat(repository.findById(b.getId())).get().extracting(CourseOffering::getSection).isEqualTo("B");
    }

    @Test
    void deactivated_courses_get_no_new_offerings() {
        Course course = course("OS-OLD-1");
        courses.deactivate(course.getId(), course.getVersion());
        assertThatThrownBy(() -> service.create(new OfferingService.Draft(course.getId(), term.getId(), "A", 10,
                Set.of()))).isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("error.offering.inactiveCourse");
    }

    @Test
    void a_teacher_sees_only_the_offerings_they_teach() {
        CathedraUser teacher = (CathedraUser) SignIn.as(accounts, "teacher");
        long me = teacher.personId();
        var mine = service.taughtBy(me, null, Pageable.unpaged());
        assertThat(mine.getContent()).isNotEmpty()
                .allSatisfy(o -> assertThat(o.getTeachers()).extracting(t -> t.getId()).contains(me));
        assertThat(service.currentlyTaughtBy(me))
                .allSatisfy(o -> assertThat(o.getTeachers()).extracting(t -> t.getId()).contains(me));

        SignIn.as(accounts, "admin");
        long colleague = teachers(null).stream().mapToLong(TeacherChoice::id).filter(id -> id != me).findFirst()
                .orElseThrow();
        assertThat(service.taughtBy(me, null, Pageable.unpaged()).getTotalElements())
                .isEqualTo(mine.getTotalElements());

        SignIn.as(accounts, "teacher");
        assertThatThrownBy(() -> service.taughtBy(colleague, null, Pageable.unpaged()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.currentlyTaughtBy(colleague)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.list(OfferingService.Filter.ALL, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(accounts, "student");
        assertThatThrownBy(() -> service.taughtBy(me, null, Pageable.unpaged()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_administrators_change_offerings_and_stale_versions_are_refused() {
        Course course = course("OS-SEC-1");
        CourseOffering seen = service.create(new OfferingService.Draft(course.getId(), term.getId(), "A", 10,
                Set.of()));
        SignIn.as(accounts, "teacher");
        assertThatThrownBy(() -> service.update(seen.getId(), seen.getVersion(), new OfferingService.Draft(
                course.getId(), term.getId(), "A", 900, Set.of()))).isInstanceOf(AccessDeniedException.class);

        SignIn.as(accounts, "admin");
        service.update(seen.getId(), seen.getVersion(), new OfferingService.Draft(course.getId(), term.getId(),
                "A", 15, Set.of()));
        assertThatThrownBy(() -> service.update(seen.getId(), seen.getVersion(), new OfferingService.Draft(
                course.getId(), term.getId(), "A", 25, Set.of())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(repository.findById(seen.getId())).get().extracting(CourseOffering::getCapacity).isEqualTo(15);
    }

    @Test
    void the_list_filters_by_term_department_and_text_in_the_database() {
        Term autumn = termRepository.findByAcademicYearAndPart(2026, Term.Part.AUTUMN).orElseThrow();
        var autumnMg = service.list(new OfferingService.Filter(autumn.getId(), mg.getId(), null, false),
                PageRequest.of(0, 50));
        assertThat(autumnMg).isNotEmpty().allSatisfy(o -> {
            assertThat(o.getTerm()).isEqualTo(autumn);
            assertThat(o.getCourse().getDepartment().getCode()).isEqualTo("MG");
        });
        assertThat(autumnMg).extracting(o -> o.getCourse().getCode()).contains("MG-101");

        TeacherChoice sokolova = teachers(null).stream().filter(t -> t.fullName().startsWith("Соколова"))
                .findFirst().orElseThrow();
        assertThat(service.list(new OfferingService.Filter(null, null, "соколова", false), PageRequest.of(0, 50)))
                .isNotEmpty().allSatisfy(o -> assertThat(o.getTeachers()).extracting(t -> t.getId())
                        .contains(sokolova.id()));
    }

    @Test
    void teachers_of_the_course_department_are_offered_first() {
        List<TeacherChoice> choices = teachers(mg.getId());
        long fromMg = choices.stream().takeWhile(t -> t.departmentCode().equals("MG")).count();
        assertThat(fromMg).isGreaterThanOrEqualTo(5);
        assertThat(choices.stream().skip(fromMg)).noneMatch(t -> t.departmentCode().equals("MG"));
        assertThat(service.teacherChoices(null, "соколова", PageRequest.of(0, 10))).extracting(TeacherChoice::label)
                .anyMatch(label -> label.startsWith("Соколова Ирина Андреевна (MG)"));
    }
}
