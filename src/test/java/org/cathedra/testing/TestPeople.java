package org.cathedra.testing;

import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicInteger;
import org.cathedra.directory.Person;
import org.cathedra.directory.Student;
import org.cathedra.directory.UserAccount;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates people with logins for tests that need someone the demo data does not have. */
@Component
public class TestPeople {

    public static final String PASSWORD = "test-password-123";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final EntityManager em;
    private final PasswordEncoder encoder;

    TestPeople(EntityManager em, PasswordEncoder encoder) {
        this.em = em;
        this.encoder = encoder;
    }

    /** A student with a login and no programme; returns the user name. */
    @Transactional
    public String studentWithoutProgramme() {
        int n = SEQUENCE.incrementAndGet();
        Student student = new Student(Student.LearnerKind.CPD, null, null, 2026);
        student.describe("Тестова", "Вера", null, "no.programme." + n + "." + System.nanoTime() + "@test.example");
        em.persist(student);
        String username = "noprog" + n + "x" + (System.nanoTime() % 100000);
        em.persist(new UserAccount(username, encoder.encode(PASSWORD), UserAccount.Role.STUDENT, student));
        return username;
    }

    /** The e-mail stored for a person. */
    @Transactional(readOnly = true)
    public String emailOf(long personId) {
        return em.find(Person.class, personId).getEmail();
    }
}
