package org.cathedra.grading.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.CurrentUser;
import org.cathedra.directory.Student;
import org.cathedra.directory.UserAccount;
import org.cathedra.enrollment.Enrollment;
import org.cathedra.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The offerings grading works on and who may touch them: the office any, a teacher only those they teach. An
 * offering or student out of reach is answered as not found, so crafted ids learn nothing.
 */
@Component
public class Offerings {

    private final EntityManager em;
    private final CurrentUser currentUser;

    Offerings(EntityManager em, CurrentUser currentUser) {
        this.em = em;
        this.currentUser = currentUser;
    }

    /** The offering, if the signed-in teacher teaches it or the signed-in user is an administrator. */
    public CourseOffering reachable(long offeringId) {
        List<CourseOffering> found = em.createQuery("""
                select o from CourseOffering o join fetch o.course join fetch o.term left join fetch o.teachers
                where o.id = :id""", CourseOffering.class).setParameter("id", offeringId).getResultList();
        CathedraUser user = currentUser.require();
        if (found.isEmpty() || !(user.is(UserAccount.Role.ADMIN)
                || user.personId() != null && found.getFirst().isTaughtBy(user.personId()))) {
            throw new NotFoundException("grading.record.offering", offeringId);
        }
        return found.getFirst();
    }

    public boolean isAdmin() {
        return currentUser.require().is(UserAccount.Role.ADMIN);
    }

    /** The students enrolled (holding a seat) in the offering, by name, one page. */
    public List<Student> enrolled(long offeringId, int offset, int limit) {
        return em.createQuery("""
                select s from Student s where s.id in (select e.studentId from Enrollment e
                  where e.offeringId = :offering and e.status = :status)
                order by s.lastName, s.firstName, s.id""", Student.class)
                .setParameter("offering", offeringId).setParameter("status", Enrollment.Status.ENROLLED)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countEnrolled(long offeringId) {
        return em.createQuery("""
                select count(e) from Enrollment e where e.offeringId = :offering and e.status = :status""",
                Long.class).setParameter("offering", offeringId).setParameter("status", Enrollment.Status.ENROLLED)
                .getSingleResult();
    }

    /** The enrolled student, or not found. */
    public Student enrolledStudent(long offeringId, long studentId) {
        long n = em.createQuery("""
                select count(e) from Enrollment e where e.offeringId = :offering and e.studentId = :student
                  and e.status = :status""", Long.class).setParameter("offering", offeringId)
                .setParameter("student", studentId).setParameter("status", Enrollment.Status.ENROLLED)
                .getSingleResult();
        Student student = n == 0 ? null : em.find(Student.class, studentId);
        if (student == null) {
            throw new NotFoundException("grading.record.student", studentId);
        }
        return student;
    }
}
