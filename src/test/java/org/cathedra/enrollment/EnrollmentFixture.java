package org.cathedra.enrollment;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.cathedra.catalog.Course;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.catalog.CurriculumEntry;
import org.cathedra.catalog.Programme;
import org.cathedra.catalog.StudyLoad;
import org.cathedra.catalog.Term;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.Department;
import org.cathedra.directory.Student;
import org.cathedra.directory.Teacher;
import org.cathedra.directory.UserAccount;
import org.cathedra.testing.TestPeople;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offerings, windows and students of the enrollment tests, in academic year 2085 which no other test uses. Each
 * call makes a new programme and course, so that tests never share seats.
 */
@Component
public class EnrollmentFixture {

    static final int YEAR = 2085;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final EntityManager em;
    private final Clock clock;
    private final PasswordEncoder encoder;

    EnrollmentFixture(EntityManager em, Clock clock, PasswordEncoder encoder) {
        this.em = em;
        this.clock = clock;
        this.encoder = encoder;
    }

    /** A student of the programme who can sign in; returns the user name. */
    @Transactional
    public String studentWithLogin(long programmeId, String lastName) {
        return studentWithLogin(programmeId, lastName, TestPeople.PASSWORD);
    }

    /** A student of the programme who can sign in with {@code password}; returns the user name. */
    @Transactional
    public String studentWithLogin(long programmeId, String lastName, String password) {
        Student student = new Student(Student.LearnerKind.RESIDENT, programmeId, null, YEAR);
        int n = SEQUENCE.incrementAndGet();
        student.describe(lastName, "Ольга", null, "login" + n + "x" + System.nanoTime() + "@enrollment.test");
        em.persist(student);
        String username = "enr" + n + "x" + (System.nanoTime() % 100000);
        em.persist(new UserAccount(username, encoder.encode(password), UserAccount.Role.STUDENT, student));
        return username;
    }

    /** A programme with one course offered in the autumn term, enrollment open now (by the clock). */
    @Transactional
    public Setup offeringOpenNow(int capacity) {
        Instant now = clock.instant();
        return offering(capacity, Term.Part.AUTUMN, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(20)), null);
    }

    /** A programme with one course in a term, with its own window. */
    @Transactional
    public Setup offering(int capacity, Term.Part part, Instant opensAt, Instant closesAt, Instant withdrawUntil,
            Long programmeId) {
        int n = SEQUENCE.incrementAndGet();
        String tag = "EN" + n + "-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(Locale.ROOT);
        Programme programme = programmeId == null ? null : em.find(Programme.class, programmeId);
        if (programme == null) {
            programme = new Programme("P-" + tag, Programme.Kind.RESIDENCY, "Программа " + tag, "Programme " + tag,
                    "Genetics", 24, new StudyLoad(72));
            em.persist(programme);
        }
        Department mg = em.createQuery("select d from Department d where d.code = 'MG'", Department.class)
                .getSingleResult();
        Course course = new Course("C-" + tag, "Курс " + tag, "Course " + tag, mg, new StudyLoad(36),
                Course.AssessmentForm.EXAM, Course.Component.DISCIPLINE);
        em.persist(course);
        em.persist(new CurriculumEntry(programme, course, 1, true));
        Teacher teacher = em.createQuery("""
                select t from Teacher t where t.id = (select a.person.id from UserAccount a where a.username = 'teacher')
                """, Teacher.class).getSingleResult();
        CourseOffering offering = new CourseOffering(course, term(part), "A", capacity, List.of(teacher));
        em.persist(offering);
        em.flush();
        em.persist(new EnrollmentWindow(offering.getTerm().getId(), offering.getId(), opensAt, closesAt,
                withdrawUntil));
        return new Setup(programme.getId(), course.getId(), offering.getId(), offering.getTerm().getId());
    }

    /** {@code count} students of the programme in one cohort; returns their person ids. */
    @Transactional
    public List<Long> students(long programmeId, String cohort, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Student student = new Student(Student.LearnerKind.RESIDENT, programmeId, cohort, YEAR);
            student.describe("Студентова" + i, "Мария", null,
                    "s" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() + "@enrollment.test");
            em.persist(student);
            ids.add(student.getId());
        }
        em.flush();
        return ids;
    }

    @Transactional
    public Long student(long programmeId) {
        return students(programmeId, null, 1).get(0);
    }

    /** Signs a student in on this thread without a stored account, as the login would. */
    public static void signInAsStudent(long personId) {
        signInAs(UserAccount.Role.STUDENT, personId);
    }

    /** Signs someone in on this thread without a stored account, as the login would. */
    public static void signInAs(UserAccount.Role role, long personId) {
        CathedraUser user = new CathedraUser(-personId, role.name().toLowerCase(Locale.ROOT) + "-" + personId, "",
                role, personId, "Person " + personId, Locale.ENGLISH, false, true, false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A teacher of the MG department who does not teach the fixture's offerings. */
    @Transactional(readOnly = true)
    public long otherTeacher() {
        return em.createQuery("""
                select t.id from Teacher t where t.department.code = 'MG'
                  and t.id <> (select a.person.id from UserAccount a where a.username = 'teacher')
                order by t.id""", Long.class).setMaxResults(1).getSingleResult();
    }

    /** Counts rows holding seats and the counter of an offering. */
    @Transactional(readOnly = true)
    public Seats seats(long offeringId) {
        Object[] counter = (Object[]) em.createNativeQuery(
                "select taken, capacity from offering_seats where offering_id = ?1").setParameter(1, offeringId)
                .getSingleResult();
        long holding = ((Number) em.createNativeQuery("select count(*) from enrollment where offering_id = ?1"
                + " and status in ('ENROLLED','OFFERED')").setParameter(1, offeringId).getSingleResult()).longValue();
        long enrolled = count(offeringId, "ENROLLED");
        long waitlisted = count(offeringId, "WAITLISTED");
        long offered = count(offeringId, "OFFERED");
        return new Seats(((Number) counter[0]).intValue(), ((Number) counter[1]).intValue(), holding, enrolled,
                waitlisted, offered);
    }

    private long count(long offeringId, String status) {
        return ((Number) em.createNativeQuery("select count(*) from enrollment where offering_id = ?1 and status = ?2")
                .setParameter(1, offeringId).setParameter(2, status).getSingleResult()).longValue();
    }

    private Term term(Term.Part part) {
        return em.createQuery("select t from Term t where t.academicYear = :y and t.part = :p", Term.class)
                .setParameter("y", YEAR).setParameter("p", part).getResultStream().findFirst().orElseGet(() -> {
                    Term term = switch (part) {
                        case AUTUMN -> new Term(YEAR, part, LocalDate.of(YEAR, 9, 1), LocalDate.of(YEAR + 1, 1, 31));
                        case SPRING -> new Term(YEAR, part, LocalDate.of(YEAR + 1, 2, 9),
                                LocalDate.of(YEAR + 1, 6, 30));
                        case YEAR -> new Term(YEAR, part, LocalDate.of(YEAR, 9, 1), LocalDate.of(YEAR + 1, 8, 31));
                    };
                    em.persist(term);
                    return term;
                });
    }

    /** Ids of what {@link #offering} made. */
    public record Setup(long programmeId, long courseId, long offeringId, long termId) {
    }

    /** An offering's counter against its rows. */
    public record Seats(int taken, int capacity, long holdingRows, long enrolled, long waitlisted, long offered) {
    }
}
