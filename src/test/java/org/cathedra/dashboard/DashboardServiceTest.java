package org.cathedra.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.cathedra.dashboard.DashboardViews.AdminHome;
import org.cathedra.dashboard.DashboardViews.CourseLine;
import org.cathedra.dashboard.DashboardViews.StudentHome;
import org.cathedra.dashboard.DashboardViews.TeacherHome;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.Student;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.cathedra.testing.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@CathedraTest
class DashboardServiceTest {

    @Autowired
    DashboardService dashboards;
    @Autowired
    AccountService accounts;
    @Autowired
    AcademicCalendar calendar;
    @Autowired
    EntityManager em;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestPeople people;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_student_sees_their_programme_and_the_courses_of_their_year_of_study() {
        SignIn.as(accounts, "student");
        StudentHome home = dashboards.studentHome(Locale.ENGLISH);
        assertThat(home.fullName()).isEqualTo("Петрова Анна Сергеевна");
        assertThat(home.programme()).isNotNull();
        assertThat(home.programme().code()).isEqualTo("RES-GEN");
        assertThat(home.programme().creditUnits()).isEqualByComparingTo("120");
        assertThat(home.yearOfStudy()).isEqualTo(calendar.currentAcademicYear() - 2026 + 1);
        Long expected = tx.execute(s -> em.createQuery("""
                select count(e) from CurriculumEntry e where e.programme.code = 'RES-GEN' and e.yearOfStudy = :y""",
                Long.class).setParameter("y", home.yearOfStudy()).getSingleResult());
        assertThat(home.courses()).hasSize(expected.intValue());
        if (calendar.currentAcademicYear() == 2026) {
            CourseLine genetics = home.courses().stream().filter(c -> c.code().equals("MG-101")).findFirst()
                    .orElseThrow();
            assertThat(genetics.name()).isEqualTo("Medical Genetics");
            assertThat(genetics.term()).isNotNull();
            assertThat(genetics.teachers()).contains("Соколова Ирина Андреевна");
        }
    }

    @Test
    void a_student_without_a_programme_gets_an_empty_overview() {
        SignIn.as(accounts, people.studentWithoutProgramme());
        StudentHome home = dashboards.studentHome(Locale.ENGLISH);
        assertThat(home.programme()).isNull();
        assertThat(home.courses()).isEmpty();
    }

    @Test
    void a_teacher_sees_only_the_offerings_they_teach() {
        SignIn.as(accounts, "teacher");
        TeacherHome home = dashboards.teacherHome(Locale.forLanguageTag("ru"));
        assertThat(home.department()).isEqualTo("Кафедра медицинской генетики");
        Long taught = tx.execute(s -> em.createQuery("""
                select count(o) from CourseOffering o join o.teachers t
                where t.id = (select a.person.id from UserAccount a where a.username = 'teacher')
                and o.term.academicYear = :y and o.active = true""", Long.class)
                .setParameter("y", calendar.currentAcademicYear()).getSingleResult());
        assertThat(home.offerings()).hasSize(taught.intValue());
    }

    @Test
    void the_administrator_counts_match_the_database() {
        SignIn.as(accounts, "admin");
        AdminHome home = dashboards.adminHome();
        Long residents = tx.execute(s -> em.createQuery(
                "select count(s) from Student s where s.active = true and s.learnerKind = :k", Long.class)
                .setParameter("k", Student.LearnerKind.RESIDENT).getSingleResult());
        assertThat(home.students().get(Student.LearnerKind.RESIDENT)).isEqualTo(residents);
        assertThat(home.departments()).isEqualTo(tx.execute(s -> em.createQuery(
                "select count(d) from Department d where d.active = true", Long.class).getSingleResult()));
        assertThat(home.teachers()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void nobody_reads_another_role_dashboard() {
        SignIn.as(accounts, "student");
        assertThatThrownBy(() -> dashboards.teacherHome(Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(dashboards::adminHome).isInstanceOf(AccessDeniedException.class);
        SignIn.as(accounts, "teacher");
        assertThatThrownBy(() -> dashboards.studentHome(Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }
}
