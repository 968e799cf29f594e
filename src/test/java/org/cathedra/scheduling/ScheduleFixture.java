package org.cathedra.scheduling;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cathedra.catalog.Course;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.catalog.StudyLoad;
import org.cathedra.catalog.Term;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.Department;
import org.cathedra.directory.Student;
import org.cathedra.directory.Teacher;
import org.cathedra.directory.UserAccount;
import org.cathedra.enrollment.Enrollment;
import org.cathedra.testing.SignIn;
import org.cathedra.testing.TestPeople;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rooms, offerings, cohorts and enrollments for the scheduling tests. Every test takes a week of its own from
 * {@link #week()} (from 2032 on, which the demo timetable never reaches), so tests never see each other's sessions.
 */
@Component
public class ScheduleFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2032, 1, 5);

    private final EntityManager em;
    private final Clock clock;
    private final PasswordEncoder encoder;

    ScheduleFixture(EntityManager em, Clock clock, PasswordEncoder encoder) {
        this.em = em;
        this.clock = clock;
        this.encoder = encoder;
    }

    /** A Monday no other test uses. */
    public LocalDate week() {
        return FIRST_MONDAY.plusWeeks(SEQUENCE.incrementAndGet()).with(DayOfWeek.MONDAY);
    }

    private String tag() {
        return "S" + SEQUENCE.incrementAndGet() + Long.toString(System.nanoTime() % 1_000_000, 36)
                .toUpperCase(Locale.ROOT);
    }

    /** A room with a unique code. */
    @Transactional
    public Room room(int capacity, RoomFeature... features) {
        Room room = new Room("R" + tag(), "Room", capacity, features.length == 0 ? Set.of() : Set.of(features));
        em.persist(room);
        return room;
    }

    /** A new course of Medical Genetics offered in the demo autumn term, taught by {@code teachers}. */
    @Transactional
    public long offering(long... teacherIds) {
        String tag = tag();
        Department mg = em.createQuery("select d from Department d where d.code = 'MG'", Department.class)
                .getSingleResult();
        Course course = new Course("C-" + tag, "Курс " + tag, "Course " + tag, mg, new StudyLoad(36),
                Course.AssessmentForm.EXAM, Course.Component.DISCIPLINE);
        em.persist(course);
        Term autumn = em.createQuery("select t from Term t where t.academicYear = 2026 and t.part = :part",
                Term.class).setParameter("part", Term.Part.AUTUMN).getSingleResult();
        List<Teacher> teachers = new ArrayList<>();
        for (long id : teacherIds) {
            teachers.add(em.find(Teacher.class, id));
        }
        CourseOffering offering = new CourseOffering(course, autumn, "A", 30, teachers);
        em.persist(offering);
        em.flush();
        return offering.getId();
    }

    /** A new teacher of Medical Genetics; returns their person id. */
    @Transactional
    public long teacher() {
        Department mg = em.createQuery("select d from Department d where d.code = 'MG'", Department.class)
                .getSingleResult();
        Teacher teacher = new Teacher(mg, Teacher.Position.ASSISTANT, Teacher.AcademicDegree.NONE);
        teacher.describe("Учитель" + tag(), "Павел", null, null);
        em.persist(teacher);
        return teacher.getId();
    }

    /** A new teacher of Medical Genetics who can sign in with the tests' password. */
    @Transactional
    public Login teacherWithLogin() {
        long id = teacher();
        String username = "tch" + tag().toLowerCase(Locale.ROOT);
        em.persist(new UserAccount(username, encoder.encode(TestPeople.PASSWORD), UserAccount.Role.TEACHER,
                em.find(Teacher.class, id)));
        return new Login(username, id);
    }

    /**
     * What most scheduling tests start from, signed in as the office: a new teacher, an offering of theirs, and a
     * week of the test's own.
     */
    @Transactional
    public Setting officeSetting(AccountService accounts) {
        SignIn.as(accounts, "admin");
        long teacher = teacher();
        return new Setting(teacher, offering(teacher), week());
    }

    /** {@code size} students in a new cohort; returns the cohort's name and their ids. */
    @Transactional
    public Cohort cohort(int size) {
        String name = "G-" + tag();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Student s = new Student(Student.LearnerKind.CPD, null, name, 2026);
            s.describe("Слушатель" + tag(), "Нина", null, null);
            em.persist(s);
            ids.add(s.getId());
        }
        return new Cohort(name, ids);
    }

    /** A student of {@code cohort} who can sign in with the tests' password; returns the user name. */
    @Transactional
    public String studentWithLogin(String cohort) {
        return studentWithLogin(cohort, TestPeople.PASSWORD);
    }

    /** A student of {@code cohort} who can sign in with {@code password}; returns the user name. */
    @Transactional
    public String studentWithLogin(String cohort, String password) {
        Student s = new Student(Student.LearnerKind.CPD, null, cohort, 2026);
        String tag = tag();
        s.describe("Слушатель" + tag, "Ирина", null, "sched." + tag.toLowerCase(Locale.ROOT) + "@test.example");
        em.persist(s);
        String username = "sch" + tag.toLowerCase(Locale.ROOT);
        em.persist(new UserAccount(username, encoder.encode(password), UserAccount.Role.STUDENT, s));
        return username;
    }

    /** The person id behind a login. */
    @Transactional(readOnly = true)
    public long personOf(String username) {
        return em.createQuery("select a.person.id from UserAccount a where a.username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
    }

    /** Puts a student into an offering's seats, as an approved enrollment would. */
    @Transactional
    public void enrol(long studentId, long offeringId) {
        Enrollment e = new Enrollment(studentId, offeringId, Enrollment.Kind.DIRECT, clock.instant());
        e.enrol(clock.instant(), null);
        em.persist(e);
    }

    /** A one-off draft: the offering on {@code date} from {@code period} for {@code hours} academic hours. */
    public static SessionDraft draft(long offeringId, LocalDate date, int period, int hours, Room room,
            Set<Long> teachers, Set<String> cohorts, boolean enrolled, @Nullable RoomFeature needs) {
        return new SessionDraft(offeringId, SessionKind.SEMINAR, date, period, hours, null, null, room.getId(), needs,
                teachers, cohorts, enrolled, null, true, null);
    }

    /** A teacher who can sign in. */
    public record Login(String username, long personId) {
    }

    /** A test's teacher, their offering and the Monday of the test's week. */
    public record Setting(long teacher, long offering, LocalDate monday) {
    }

    /** A cohort of students made for a test. */
    public record Cohort(String name, List<Long> ids) {
    }
}
