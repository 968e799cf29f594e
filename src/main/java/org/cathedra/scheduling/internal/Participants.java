package org.cathedra.scheduling.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.directory.Student;
import org.cathedra.directory.Teacher;
import org.cathedra.enrollment.Enrollment;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who is who for the timetable, read from the public types of the directory, catalog and enrollment modules:
 * an offering's enrolled students, a cohort's members, teachers' names. Call inside a transaction.
 */
@Component
public class Participants {

    private final EntityManager em;

    Participants(EntityManager em) {
        this.em = em;
    }

    /** The students holding a seat (ENROLLED) in the offering. */
    public Set<Long> enrolled(long offeringId) {
        return new HashSet<>(em.createQuery("""
                select e.studentId from Enrollment e
                where e.offeringId = :id and e.status = org.cathedra.enrollment.Enrollment.Status.ENROLLED
                """, Long.class).setParameter("id", offeringId).getResultList());
    }

    /** When each enrolled student of the offering took their seat (the enrollment's last change). */
    public Map<Long, Instant> enrolledSince(long offeringId) {
        return seatsSince("e.offeringId", offeringId, Enrollment::getStudentId);
    }

    /** When the student took their seat (the enrollment's last change) in each offering where they hold one. */
    public Map<Long, Instant> seatedSince(long studentId) {
        return seatsSince("e.studentId", studentId, Enrollment::getOfferingId);
    }

    // the seats held where {@code column} is {@code id}, by the other side of the enrollment
    private Map<Long, Instant> seatsSince(String column, long id, java.util.function.ToLongFunction<Enrollment> key) {
        Map<Long, Instant> since = new HashMap<>();
        for (Enrollment e : em.createQuery("select e from Enrollment e where " + column + " = :id"
                        + " and e.status = org.cathedra.enrollment.Enrollment.Status.ENROLLED", Enrollment.class)
                .setParameter("id", id).getResultList()) {
            since.put(key.applyAsLong(e), e.getChangedAt());
        }
        return since;
    }

    /** The offerings in which a student holds a seat. */
    public List<Long> offeringsOf(long studentId) {
        return em.createQuery("""
                select e.offeringId from Enrollment e
                where e.studentId = :id and e.status = org.cathedra.enrollment.Enrollment.Status.ENROLLED
                """, Long.class).setParameter("id", studentId).getResultList();
    }

    /** The active students of the given cohorts. */
    public Set<Long> members(Collection<String> cohorts) {
        if (cohorts.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(em.createQuery(
                "select s.id from Student s where s.cohort in :cohorts and s.active = true", Long.class)
                .setParameter("cohorts", cohorts).getResultList());
    }

    /** Every cohort name in use, in order. */
    public List<String> cohorts() {
        return em.createQuery("select distinct s.cohort from Student s where s.cohort is not null order by s.cohort",
                String.class).getResultList();
    }

    public @Nullable Student student(long personId) {
        return em.find(Student.class, personId);
    }

    public boolean isTeacher(long personId) {
        return em.find(Teacher.class, personId) != null;
    }

    /** Full names by person id. */
    public Map<Long, String> names(Collection<Long> personIds) {
        Map<Long, String> names = new HashMap<>();
        if (personIds.isEmpty()) {
            return names;
        }
        em.createQuery("select p from Person p where p.id in :ids", org.cathedra.directory.Person.class)
                .setParameter("ids", personIds).getResultList().forEach(p -> names.put(p.getId(), p.getFullName()));
        return names;
    }

    /** Active teachers, by last name. */
    public List<Teacher> teachers() {
        return em.createQuery("select t from Teacher t where t.active = true order by t.lastName, t.firstName",
                Teacher.class).getResultList();
    }

    /** An offering with its course and term. */
    public @Nullable CourseOffering offering(long offeringId) {
        List<CourseOffering> found = em.createQuery("""
                select o from CourseOffering o join fetch o.course join fetch o.term where o.id = :id
                """, CourseOffering.class).setParameter("id", offeringId).getResultList();
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Offerings by id, with course and term. */
    public Map<Long, CourseOffering> offerings(Collection<Long> ids) {
        Map<Long, CourseOffering> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        em.createQuery("select o from CourseOffering o join fetch o.course join fetch o.term where o.id in :ids",
                CourseOffering.class).setParameter("ids", ids).getResultList().forEach(o -> found.put(o.getId(), o));
        return found;
    }

    /** Every term, latest first. */
    public List<org.cathedra.catalog.Term> terms() {
        return em.createQuery("select t from Term t order by t.startsOn desc", org.cathedra.catalog.Term.class)
                .getResultList();
    }

    /** Active offerings, by course code, for choosing one. */
    public List<CourseOffering> activeOfferings() {
        return em.createQuery("""
                select o from CourseOffering o join fetch o.course c join fetch o.term t
                where o.active = true order by t.startsOn desc, c.code, o.section
                """, CourseOffering.class).getResultList();
    }
}
