package org.cathedra.catalog.internal;

import java.util.Optional;
import org.cathedra.catalog.Course;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CourseRepository extends JpaRepository<Course, Long> {

    Optional<Course> findByCode(String code);

    boolean existsByCode(String code);

    @Query("""
            select count(c) > 0 from Course c
            where c.code = :code and (:exceptId is null or c.id <> :exceptId)
            """)
    boolean codeTaken(String code, @Nullable Long exceptId);

    @Query(value = """
            select c from Course c join fetch c.department d
            where (:pattern is null or lower(c.code) like :pattern escape '!'
                   or lower(c.nameRu) like :pattern escape '!' or lower(c.nameEn) like :pattern escape '!')
              and (:departmentId is null or d.id = :departmentId)
              and (:form is null or c.assessmentForm = :form)
              and (:includeInactive = true or c.active = true)
            """, countQuery = """
            select count(c) from Course c
            where (:pattern is null or lower(c.code) like :pattern escape '!'
                   or lower(c.nameRu) like :pattern escape '!' or lower(c.nameEn) like :pattern escape '!')
              and (:departmentId is null or c.department.id = :departmentId)
              and (:form is null or c.assessmentForm = :form)
              and (:includeInactive = true or c.active = true)
            """)
    Page<Course> search(@Nullable String pattern, @Nullable Long departmentId, Course.@Nullable AssessmentForm form,
            boolean includeInactive, Pageable pageable);

    @Query("select c from Course c join fetch c.department where c.id = :id")
    Optional<Course> findWithDepartment(long id);
}
