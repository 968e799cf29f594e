package org.cathedra.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.directory.AccountService;
import org.cathedra.enrollment.Enrollment;
import org.cathedra.grading.ComponentInfo;
import org.cathedra.grading.ComponentKind;
import org.cathedra.grading.Gradebook;
import org.cathedra.grading.GradebookService;
import org.cathedra.grading.RetakeRule;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The demo gradebook: the first-year Genetics residents (Anna Petrova among them) enrolled in Medical Genetics
 * (MG-101, autumn), its scheme (test 30 %, colloquium 20 % on 100 points, exam 50 % that must be passed), and the
 * test and colloquium marks entered and published by Irina Sokolova; the exam in January is still to come. Written
 * through the gradebook service as the teacher, so the rules, the history and the audit record are the real ones.
 */
@Component
class DemoGrades {

    private final EntityManager em;
    private final AccountService accounts;
    private final GradebookService gradebooks;

    DemoGrades(EntityManager em, AccountService accounts, GradebookService gradebooks) {
        this.em = em;
        this.accounts = accounts;
        this.gradebooks = gradebooks;
    }

    void write(Random random) {
        CourseOffering mg101 = em.createQuery("""
                select o from CourseOffering o where o.course.code = 'MG-101' and o.section = 'A'""",
                CourseOffering.class).getSingleResult();
        List<Long> residents = em.createQuery("""
                select s.id from Student s where s.cohort = 'RES-GEN-2026' and s.active = true
                order by s.lastName, s.firstName, s.id""", Long.class).setMaxResults(mg101.getCapacity())
                .getResultList();
        Instant enrolledAt = LocalDate.of(2026, 9, 1).atStartOfDay(ZoneId.of("Europe/Moscow")).toInstant();
        for (long student : residents) {
            Enrollment e = new Enrollment(student, mg101.getId(), Enrollment.Kind.DIRECT, enrolledAt);
            e.enrol(enrolledAt, null);
            em.persist(e);
        }
        em.createNativeQuery("update offering_seats set taken = taken + ?1 where offering_id = ?2")
                .setParameter(1, residents.size()).setParameter(2, mg101.getId()).executeUpdate();
        em.flush();

        SecurityContext before = SecurityContextHolder.getContext();
        try {
            UserDetails teacher = accounts.loadUserByUsername("teacher");
            SecurityContext asTeacher = SecurityContextHolder.createEmptyContext();
            asTeacher.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(teacher, null,
                    teacher.getAuthorities()));
            SecurityContextHolder.setContext(asTeacher);
            marks(mg101.getId(), residents, random);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private void marks(long offeringId, List<Long> residents, Random random) {
        gradebooks.defineScheme(offeringId, RetakeRule.LAST, List.of(
                new Gradebook.ComponentDraft(ComponentKind.TEST, "Тест 1", new BigDecimal("0.3"), "FIVE", false),
                new Gradebook.ComponentDraft(ComponentKind.COLLOQUIUM, "Коллоквиум", new BigDecimal("0.2"),
                        "HUNDRED", false),
                new Gradebook.ComponentDraft(ComponentKind.EXAM, "Экзамен", new BigDecimal("0.5"), "FIVE", true)));
        List<ComponentInfo> parts = gradebooks.header(offeringId, Locale.ROOT).components();
        long anna = em.createQuery("select a.person.id from UserAccount a where a.username = 'student'", Long.class)
                .getSingleResult();
        for (long student : residents) {
            boolean demo = student == anna;
            String test = demo ? "5" : String.valueOf(3 + random.nextInt(3));
            String colloquium = demo ? "88" : String.valueOf(55 + random.nextInt(45));
            gradebooks.save(offeringId, parts.get(0).id(), student, null, 0, test, null, Locale.ROOT);
            gradebooks.save(offeringId, parts.get(1).id(), student, null, 0, colloquium, null, Locale.ROOT);
        }
        gradebooks.publish(offeringId);
    }
}
