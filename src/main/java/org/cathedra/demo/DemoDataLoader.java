package org.cathedra.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cathedra.catalog.Course;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.catalog.CurriculumEntry;
import org.cathedra.catalog.Programme;
import org.cathedra.catalog.StudyLoad;
import org.cathedra.catalog.Term;
import org.cathedra.directory.Department;
import org.cathedra.directory.Person;
import org.cathedra.directory.Student;
import org.cathedra.directory.Teacher;
import org.cathedra.directory.UserAccount;
import org.cathedra.directory.UserAccount.Role;
import org.cathedra.enrollment.EnrollmentWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the demo institute: eleven departments, 55 teachers, ten programmes, 340 students, 29 courses and two
 * terms of offerings (plus the CPD year). Deterministic: the same seed gives the same people every time.
 */
@Component
class DemoDataLoader {

    static final String PASSWORD = "cathedra-demo-2026";
    static final long SEED = 20260901L;
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int TEACHERS_PER_DEPARTMENT = 5;

    private final EntityManager em;
    private final PasswordEncoder passwordEncoder;
    private final DemoGrades grades;

    DemoDataLoader(EntityManager em, PasswordEncoder passwordEncoder, DemoGrades grades) {
        this.em = em;
        this.passwordEncoder = passwordEncoder;
        this.grades = grades;
    }

    /** True when the database holds no accounts yet, the only case in which demo data is written. */
    @Transactional(readOnly = true)
    public boolean databaseIsEmpty() {
        return em.createQuery("select count(a) from UserAccount a", Long.class).getSingleResult() == 0;
    }

    @Transactional
    public void load() {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        DemoNames names = new DemoNames(random);
        // one hash for every demo account: bcrypt is slow on purpose, and all demo passwords are the same
        String hash = passwordEncoder.encode(PASSWORD);
        Map<String, Integer> usernames = new HashMap<>();

        account("admin", hash, Role.ADMIN, null);

        Map<String, Department> departments = new HashMap<>();
        Map<String, List<Teacher>> teachersByDept = new HashMap<>();
        for (DemoCatalogue.Dept d : DemoCatalogue.DEPARTMENTS) {
            Department dept = new Department(d.code(), d.ru(), d.en());
            em.persist(dept);
            departments.put(d.code(), dept);
            List<Teacher> staff = new ArrayList<>();
            for (int i = 0; i < TEACHERS_PER_DEPARTMENT; i++) {
                Teacher.Position position = switch (i) {
                    case 0 -> Teacher.Position.HEAD_OF_DEPARTMENT;
                    case 1 -> Teacher.Position.PROFESSOR;
                    case 2 -> Teacher.Position.ASSOCIATE_PROFESSOR;
                    case 3 -> Teacher.Position.SENIOR_LECTURER;
                    default -> Teacher.Position.ASSISTANT;
                };
                Teacher.AcademicDegree degree = i < 2 ? Teacher.AcademicDegree.DOCTOR
                        : i < 4 ? Teacher.AcademicDegree.CANDIDATE : Teacher.AcademicDegree.NONE;
                Teacher teacher = new Teacher(dept, position, degree);
                String[] n = d.code().equals("MG") && i == 1
                        ? new String[] {"Соколова", "Ирина", "Андреевна"} : names.next();
                String login = d.code().equals("MG") && i == 1 ? "teacher" : unique(usernames, "t." + DemoNames.latin(n[0]));
                teacher.describe(n[0], n[1], n[2], login + "@cathedra.example");
                teacher.assign(dept, position, degree, i == TEACHERS_PER_DEPARTMENT - 1 && random.nextInt(3) == 0);
                em.persist(teacher);
                account(login, hash, Role.TEACHER, teacher);
                staff.add(teacher);
            }
            dept.setHead(staff.getFirst());
            teachersByDept.put(d.code(), staff);
        }

        Map<String, Programme> programmes = new HashMap<>();
        int students = 0;
        for (DemoCatalogue.Prog p : DemoCatalogue.PROGRAMMES) {
            Programme programme = new Programme(p.code(), p.kind(), p.ru(), p.en(), p.speciality(), p.months(),
                    new StudyLoad(p.hours()));
            em.persist(programme);
            programmes.put(p.code(), programme);
            Student.LearnerKind kind = switch (p.kind()) {
                case RESIDENCY -> Student.LearnerKind.RESIDENT;
                case PHD -> Student.LearnerKind.PHD;
                case CPD -> Student.LearnerKind.CPD;
            };
            for (int i = 0; i < p.students(); i++) {
                int cohortIndex = i % p.cohorts();
                int startYear = p.kind() == Programme.Kind.CPD ? 2026 : 2026 - cohortIndex;
                String cohort = p.code() + "-" + (p.kind() == Programme.Kind.CPD ? "G" + (cohortIndex + 1) : startYear);
                Student student = new Student(kind, programme.getId(), cohort, startYear);
                boolean demoStudent = students == 0;
                String[] n = demoStudent ? new String[] {"Петрова", "Анна", "Сергеевна"} : names.next();
                String login = demoStudent ? "student" : unique(usernames, "s." + DemoNames.latin(n[0]));
                student.describe(n[0], n[1], n[2], login + "@cathedra.example");
                em.persist(student);
                account(login, hash, Role.STUDENT, student);
                students++;
            }
        }

        Term autumn = new Term(2026, Term.Part.AUTUMN, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31));
        Term spring = new Term(2026, Term.Part.SPRING, LocalDate.of(2027, 2, 9), LocalDate.of(2027, 6, 30));
        Term year = new Term(2026, Term.Part.YEAR, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));
        em.persist(autumn);
        em.persist(spring);
        em.persist(year);
        em.flush();
        enrollmentWindows(autumn, spring, year);

        int offerings = 0;
        for (DemoCatalogue.CourseDef c : DemoCatalogue.COURSES) {
            Department dept = departments.get(c.dept());
            Course course = new Course(c.code(), c.ru(), c.en(), dept, new StudyLoad(c.hours()), c.form(),
                    c.component());
            em.persist(course);
            Programme programme = programmes.get(c.programme());
            int yearOfStudy = c.component() == Course.Component.DISCIPLINE ? 1 : 2;
            em.persist(new CurriculumEntry(programme, course, yearOfStudy, true));
            List<Teacher> staff = teachersByDept.get(c.dept());
            List<Teacher> teaching = List.of(staff.get(1), staff.get(2 + random.nextInt(3)));
            if (programme.getKind() == Programme.Kind.CPD) {
                DemoCatalogue.Prog p = DemoCatalogue.PROGRAMMES.stream()
                        .filter(x -> x.code().equals(c.programme())).findFirst().orElseThrow();
                for (int g = 1; g <= p.cohorts(); g++) {
                    em.persist(new CourseOffering(course, year, "G" + g, 30, teaching));
                    offerings++;
                }
            } else {
                int capacity = programme.getKind() == Programme.Kind.PHD ? 20 : 35;
                em.persist(new CourseOffering(course, c.spring() ? spring : autumn, "A", capacity, teaching));
                offerings++;
            }
        }
        em.flush();
        new DemoSchedule(em).write();
        DemoDrafts.write(em);
        DemoInternships.write(em, hash);
        grades.write(new Random(SEED + 5));
        log.info("Demo data written: {} departments, {} teachers and one external clinician, {} programmes, "
                + "{} students, {} courses, {} offerings ({} ms)", departments.size(),
                departments.size() * TEACHERS_PER_DEPARTMENT,
                programmes.size(), students, DemoCatalogue.COURSES.size(), offerings,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void account(String username, String hash, Role role, Person person) {
        em.persist(new UserAccount(username, hash, role, person));
    }

    private static String unique(Map<String, Integer> taken, String base) {
        int n = taken.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + n;
    }

    // autumn enrollment is over; spring and year-round courses take enrollments from November to late February
    // (dates at the institute in Moscow, like the rest of the demo calendar)
    private void enrollmentWindows(Term autumn, Term spring, Term year) {
        ZoneId zone = ZoneId.of("Europe/Moscow");
        em.persist(new EnrollmentWindow(autumn.getId(), null, LocalDate.of(2026, 8, 1).atStartOfDay(zone).toInstant(),
                LocalDate.of(2026, 9, 15).atStartOfDay(zone).toInstant(),
                LocalDate.of(2026, 9, 30).atStartOfDay(zone).toInstant()));
        for (Term term : List.of(spring, year)) {
            em.persist(new EnrollmentWindow(term.getId(), null,
                    LocalDate.of(2026, 11, 1).atStartOfDay(zone).toInstant(),
                    LocalDate.of(2027, 2, 20).atStartOfDay(zone).toInstant(),
                    LocalDate.of(2027, 3, 1).atStartOfDay(zone).toInstant()));
        }
    }
}
