package org.cathedra.dashboard;

import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.catalog.CurriculumEntry;
import org.cathedra.catalog.Programme;
import org.cathedra.dashboard.DashboardViews.AdminHome;
import org.cathedra.dashboard.DashboardViews.CourseLine;
import org.cathedra.dashboard.DashboardViews.OfferingLine;
import org.cathedra.dashboard.DashboardViews.ProgrammeCard;
import org.cathedra.dashboard.DashboardViews.StudentHome;
import org.cathedra.dashboard.DashboardViews.TeacherHome;
import org.cathedra.directory.CurrentUser;
import org.cathedra.directory.Student;
import org.cathedra.directory.Teacher;
import org.cathedra.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the landing page of the signed-in user; each method shows only the caller's own data. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final EntityManager em;
    private final CurrentUser currentUser;
    private final AcademicCalendar calendar;

    DashboardService(EntityManager em, CurrentUser currentUser, AcademicCalendar calendar) {
        this.em = em;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    /** The signed-in student's programme and the courses of their current year of study. */
    @PreAuthorize("hasRole('STUDENT')")
    public StudentHome studentHome(Locale locale) {
        long personId = currentUser.requirePersonId();
        Student student = em.find(Student.class, personId);
        if (student == null) {
            throw new NotFoundException("entity.student", personId);
        }
        int year = calendar.currentAcademicYear();
        int yearOfStudy = Math.max(1, year - student.getStartYear() + 1);
        Programme programme = student.getProgrammeId() == null ? null
                : em.find(Programme.class, student.getProgrammeId());
        List<CourseLine> courses = programme == null ? List.of() : courses(programme, yearOfStudy, year, locale);
        ProgrammeCard card = programme == null ? null
                : new ProgrammeCard(programme.getCode(), programme.name(locale), programme.getKind(),
                        programme.getSpeciality(), programme.getDurationMonths(), programme.getLoad().creditUnits(),
                        programme.getLoad().academicHours());
        return new StudentHome(student.getFullName(), student.getLearnerKind(), card, student.getCohort(),
                student.getStartYear(), yearOfStudy, year, courses);
    }

    private List<CourseLine> courses(Programme programme, int yearOfStudy, int academicYear, Locale locale) {
        List<CurriculumEntry> entries = em.createQuery("""
                select e from CurriculumEntry e join fetch e.course c
                where e.programme = :programme and e.yearOfStudy = :year order by c.code""", CurriculumEntry.class)
                .setParameter("programme", programme).setParameter("year", yearOfStudy).getResultList();
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, CourseOffering> offeringByCourse = new LinkedHashMap<>();
        // the courses as a subquery, not a list parameter: Hibernate keeps the SQL of a query without list
        // parameters, and builds it anew for every call of one with them
        em.createQuery("""
                select distinct o from CourseOffering o join fetch o.term t left join fetch o.teachers
                where o.active = true and t.academicYear = :year and o.course in (
                    select e.course from CurriculumEntry e where e.programme = :programme and e.yearOfStudy = :study)
                order by o.section""", CourseOffering.class)
                .setParameter("year", academicYear).setParameter("programme", programme)
                .setParameter("study", yearOfStudy)
                .getResultList().forEach(o -> offeringByCourse.putIfAbsent(o.getCourse().getId(), o));
        return entries.stream().map(e -> {
            var c = e.getCourse();
            CourseOffering o = offeringByCourse.get(c.getId());
            return new CourseLine(c.getCode(), c.name(locale), c.getLoad().creditUnits(), c.getLoad().academicHours(),
                    c.getAssessmentForm(), c.getComponent(), o == null ? null : o.getTerm().getPart(),
                    o == null ? null : o.getSection(),
                    o == null ? List.of() : o.getTeachers().stream().map(Teacher::getFullName).sorted().toList());
        }).toList();
    }

    /** The signed-in teacher's department and the offerings they teach in the current academic year. */
    @PreAuthorize("hasRole('TEACHER')")
    public TeacherHome teacherHome(Locale locale) {
        long personId = currentUser.requirePersonId();
        Teacher teacher = em.find(Teacher.class, personId);
        if (teacher == null) {
            throw new NotFoundException("entity.teacher", personId);
        }
        int year = calendar.currentAcademicYear();
        List<OfferingLine> offerings = em.createQuery("""
                select o from CourseOffering o join fetch o.course c join fetch o.term t join o.teachers tt
                where tt.id = :teacher and t.academicYear = :year and o.active = true
                order by t.startsOn, c.code, o.section""", CourseOffering.class)
                .setParameter("teacher", personId).setParameter("year", year).getResultList().stream()
                .map(o -> new OfferingLine(o.getId(), o.getCourse().getCode(), o.getCourse().name(locale),
                        o.getTerm().getPart(), o.getSection(), o.getCapacity(),
                        o.getCourse().getLoad().academicHours(), o.getCourse().getAssessmentForm()))
                .toList();
        return new TeacherHome(teacher.getFullName(), teacher.getDepartment().name(locale), teacher.getPosition(),
                year, offerings);
    }

    /** Counts for the academic office. */
    @PreAuthorize("hasRole('ADMIN')")
    public AdminHome adminHome() {
        int year = calendar.currentAcademicYear();
        Map<Student.LearnerKind, Long> students = new EnumMap<>(Student.LearnerKind.class);
        for (Student.LearnerKind kind : Student.LearnerKind.values()) {
            students.put(kind, 0L);
        }
        em.createQuery("select s.learnerKind, count(s) from Student s where s.active = true group by s.learnerKind",
                Object[].class).getResultList()
                .forEach(row -> students.put((Student.LearnerKind) row[0], (Long) row[1]));
        return new AdminHome(year,
                count("select count(d) from Department d where d.active = true"),
                count("select count(t) from Teacher t where t.active = true"),
                students,
                count("select count(p) from Programme p where p.active = true"),
                count("select count(c) from Course c where c.active = true"),
                em.createQuery("select count(o) from CourseOffering o where o.active = true and o.term.academicYear = :y",
                        Long.class).setParameter("y", year).getSingleResult(),
                em.createQuery("select count(a) from UserAccount a where a.lockedUntil > :now", Long.class)
                        .setParameter("now", calendar.now()).getSingleResult());
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
