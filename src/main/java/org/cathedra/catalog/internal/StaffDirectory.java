package org.cathedra.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cathedra.catalog.TeacherChoice;
import org.cathedra.directory.Department;
import org.cathedra.directory.Teacher;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The catalog's read-only view of the directory's departments and teachers, for choosing who teaches what. Kept
 * here, on the directory's public entities, so that the catalog does not wait for the directory's services.
 */
public interface StaffDirectory extends Repository<Teacher, Long> {

    @Query("select d from Department d where d.active = true order by d.code")
    List<Department> activeDepartments();

    @Query("select d from Department d where d.id = :id")
    Optional<Department> department(long id);

    /** Active teachers matching {@code pattern}, those of {@code departmentFirst} first, then by name. */
    @Query("""
            select new org.cathedra.catalog.TeacherChoice(t.id, t.lastName, t.firstName, t.middleName, d.code)
            from Teacher t join t.department d
            where t.active = true
              and (:pattern is null or lower(t.lastName) like :pattern escape '!'
                   or lower(t.firstName) like :pattern escape '!' or lower(d.code) like :pattern escape '!')
            order by case when d.id = :departmentFirst then 0 else 1 end, t.lastName, t.firstName, t.id
            """)
    List<TeacherChoice> activeTeachers(@Nullable Long departmentFirst, @Nullable String pattern, Pageable pageable);

    @Query("select t from Teacher t where t.id in :ids")
    List<Teacher> teachers(Collection<Long> ids);
}
