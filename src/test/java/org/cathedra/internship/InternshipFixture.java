package org.cathedra.internship;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.cathedra.catalog.Programme;
import org.cathedra.catalog.StudyLoad;
import org.cathedra.directory.Department;
import org.cathedra.directory.Student;
import org.cathedra.directory.Teacher;
import org.cathedra.directory.UserAccount;
import org.cathedra.testing.TestPeople;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practice of its own for each test: a programme, two case types, a requirement, two sites with fresh supervisors
 * who can sign in, a period around today (by the application's clock) and trainees with logins.
 */
@Component
public class InternshipFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final EntityManager em;
    private final PasswordEncoder encoder;
    private final Clock clock;

    InternshipFixture(EntityManager em, PasswordEncoder encoder, Clock clock) {
        this.em = em;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Someone who can sign in: the account's user name and the person's id. */
    public record Login(String username, long personId) {
    }

    /** What {@link #practice} made. */
    public record Practice(long programmeId, long requirementId, long periodId, List<Long> offerIds,
            long pedigreeTypeId, long karyotypeTypeId, Login siteSupervisor, Login otherSiteSupervisor,
            Login academicSupervisor, LocalDate startsOn, LocalDate endsOn, String cohort) {
    }

    /** A practice with two offers of {@code slots} slots each, requiring 20 hours, 2 pedigrees and 1 karyotype. */
    @Transactional
    public Practice practice(int slots) {
        String tag = tag();
        Programme programme = new Programme("P-" + tag, Programme.Kind.RESIDENCY, "Программа " + tag,
                "Programme " + tag, "Genetics", 24, new StudyLoad(72));
        em.persist(programme);
        CaseType pedigree = new CaseType("PED-" + tag, "Родословная " + tag, "Pedigree " + tag);
        CaseType karyotype = new CaseType("KAR-" + tag, "Кариотип " + tag, "Karyotype " + tag);
        em.persist(pedigree);
        em.persist(karyotype);
        String cohort = "C-" + tag;
        Requirement requirement = new Requirement("R-" + tag, "Практика " + tag, "Practice " + tag,
                programme.getId(), cohort, 20);
        em.persist(requirement);
        requirement.requireCount(pedigree.getId(), 2);
        requirement.requireCount(karyotype.getId(), 1);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Moscow")));
        PlacementPeriod period = new PlacementPeriod(requirement.getId(), "Период " + tag, today.minusDays(30),
                today.plusDays(30));
        em.persist(period);
        Login siteSupervisor = teacher("Наставникова");
        Login other = teacher("Лаборантова");
        Login academic = teacher("Кафедрова");
        List<Long> offers = new ArrayList<>();
        int i = 0;
        for (Login supervisor : List.of(siteSupervisor, other)) {
            Site site = new Site("S" + (i++) + "-" + tag, Site.Kind.CYTOGENETIC_LAB, "База " + tag, "Site " + tag,
                    "Москва, ул. Тестовая, " + i);
            site.addSupervisor(supervisor.personId());
            em.persist(site);
            PlacementOffer offer = new PlacementOffer(period.getId(), site, supervisor.personId(), slots);
            em.persist(offer);
            offers.add(offer.getId());
        }
        em.flush();
        return new Practice(programme.getId(), requirement.getId(), period.getId(), offers, pedigree.getId(),
                karyotype.getId(), siteSupervisor, other, academic, period.getStartsOn(), period.getEndsOn(), cohort);
    }

    /** A trainee of the practice's programme and cohort, with a login. */
    @Transactional
    public Login trainee(Practice practice, String lastName) {
        Student student = new Student(Student.LearnerKind.RESIDENT, practice.programmeId(), practice.cohort(), 2026);
        int n = SEQUENCE.incrementAndGet();
        student.describe(lastName, "Ольга", null, "intern" + n + "x" + System.nanoTime() + "@internship.test");
        em.persist(student);
        String username = "int" + n + "x" + (System.nanoTime() % 100000);
        em.persist(new UserAccount(username, encoder.encode(TestPeople.PASSWORD), UserAccount.Role.STUDENT, student));
        return new Login(username, student.getId());
    }

    /** A trainee placed at the practice's first offer, with the academic supervisor named. */
    @Transactional
    public Placed placed(Practice practice, String lastName) {
        Login trainee = trainee(practice, lastName);
        Placement placement = new Placement(practice.periodId(), practice.offerIds().getFirst(), trainee.personId(),
                Placement.AssignedBy.MANUAL, null);
        placement.setAcademicSupervisorId(practice.academicSupervisor().personId());
        em.persist(placement);
        em.flush();
        return new Placed(trainee, placement.getId());
    }

    /** A trainee and their placement. */
    public record Placed(Login trainee, long placementId) {
    }

    /** The status of a logbook entry as stored. */
    @Transactional(readOnly = true)
    public LogbookEntry entry(long id) {
        return em.find(LogbookEntry.class, id);
    }

    @Transactional(readOnly = true)
    public long count(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private Login teacher(String lastName) {
        Department mg = em.createQuery("select d from Department d where d.code = 'MG'", Department.class)
                .getSingleResult();
        Teacher teacher = new Teacher(mg, Teacher.Position.ASSISTANT, Teacher.AcademicDegree.NONE);
        int n = SEQUENCE.incrementAndGet();
        teacher.describe(lastName, "Елена", null, "sup" + n + "x" + System.nanoTime() + "@internship.test");
        em.persist(teacher);
        String username = "sup" + n + "x" + (System.nanoTime() % 100000);
        em.persist(new UserAccount(username, encoder.encode(TestPeople.PASSWORD), UserAccount.Role.TEACHER, teacher));
        return new Login(username, teacher.getId());
    }

    private static String tag() {
        return "I" + SEQUENCE.incrementAndGet() + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(Locale.ROOT);
    }
}
