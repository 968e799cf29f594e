package org.cathedra.directory.internal;

import java.util.List;
import org.cathedra.directory.Teacher;
import org.cathedra.directory.TeacherRow;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeacherRepository extends JpaRepository<Teacher, Long> {

    List<Teacher> findByDepartmentIdAndActiveTrueOrderByLastNameAscFirstNameAsc(Long departmentId);

    /** One page of the list: {@code text} is a LIKE pattern (escape '!') on the full name and e-mail, or null. */
    @Query("""
            select new org.cathedra.directory.TeacherRow(t.id,
                concat(t.lastName, ' ', t.firstName, coalesce(concat(' ', t.middleName), '')), t.email,
                d.code, d.nameRu, d.nameEn, t.position, t.degree, t.external, t.active, t.version, a.username)
            from Teacher t join t.department d left join UserAccount a on a.person.id = t.id
            where (:text is null
                   or lower(concat(t.lastName, ' ', t.firstName, ' ', coalesce(t.middleName, ''))) like :text escape '!'
                   or lower(t.email) like :text escape '!')
              and (:departmentId is null or d.id = :departmentId)
              and (:includeInactive = true or t.active = true)
            """)
    Slice<TeacherRow> findRows(@Nullable String text, @Nullable Long departmentId, boolean includeInactive,
            Pageable pageable);
}
