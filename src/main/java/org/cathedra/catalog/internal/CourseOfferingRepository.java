package org.cathedra.catalog.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cathedra.catalog.CourseOffering;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Offerings. Pages fetch the course, its department and the term in the same query; the teachers of a page are
 * fetched afterwards by {@link #fetchTeachers}, since fetching a collection would page in memory.
 */
public interface CourseOfferingRepository extends JpaRepository<CourseOffering, Long> {

    @Query("""
            select count(o) > 0 from CourseOffering o
            where o.course.id = :courseId and o.term.id = :termId and o.section = :section
              and (:exceptId is null or o.id <> :exceptId)
            """)
    boolean sectionTaken(long courseId, long termId, String section, @Nullable Long exceptId);

    @Query(value = """
            select o from CourseOffering o join fetch o.course c join fetch c.department d join fetch o.term t
            where (:termId is null or t.id = :termId)
              and (:departmentId is null or d.id = :departmentId)
              and (:pattern is null or lower(c.code) like :pattern escape '!'
                   or lower(c.nameRu) like :pattern escape '!' or lower(c.nameEn) like :pattern escape '!'
                   or lower(o.section) like :pattern escape '!'
                   or exists (select x from o.teachers x where lower(x.lastName) like :pattern escape '!'))
              and (:includeInactive = true or o.active = true)
            """, countQuery = """
            select count(o) from CourseOffering o join o.course c
            where (:termId is null or o.term.id = :termId)
              and (:departmentId is null or c.department.id = :departmentId)
              and (:pattern is null or lower(c.code) like :pattern escape '!'
                   or lower(c.nameRu) like :pattern escape '!' or lower(c.nameEn) like :pattern escape '!'
                   or lower(o.section) like :pattern escape '!'
                   or exists (select x from o.teachers x where lower(x.lastName) like :pattern escape '!'))
              and (:includeInactive = true or o.active = true)
            """)
    Page<CourseOffering> search(@Nullable Long termId, @Nullable Long departmentId, @Nullable String pattern,
            boolean includeInactive, Pageable pageable);

    @Query(value = """
            select o from CourseOffering o join fetch o.course c join fetch c.department join fetch o.term t
            where exists (select x from o.teachers x where x.id = :teacherId)
              and (:termId is null or t.id = :termId) and o.active = true
            """, countQuery = """
            select count(o) from CourseOffering o
            where exists (select x from o.teachers x where x.id = :teacherId)
              and (:termId is null or o.term.id = :termId) and o.active = true
            """)
    Page<CourseOffering> taughtBy(long teacherId, @Nullable Long termId, Pageable pageable);

    @Query("""
            select o from CourseOffering o join fetch o.course c join fetch c.department join fetch o.term t
            where exists (select x from o.teachers x where x.id = :teacherId)
              and t.startsOn <= :day and t.endsOn >= :day and o.active = true
            order by c.code, o.section
            """)
    List<CourseOffering> taughtByOn(long teacherId, LocalDate day);

    @Query("""
            select o from CourseOffering o join fetch o.course c join fetch c.department join fetch o.term
            where o.id = :id
            """)
    Optional<CourseOffering> findWithCourseAndTerm(long id);

    /** Loads the teachers (and their departments) of already loaded offerings into the same session. */
    @Query("""
            select distinct o from CourseOffering o left join fetch o.teachers x left join fetch x.department
            where o.id in :ids
            """)
    List<CourseOffering> fetchTeachers(Collection<Long> ids);
}
