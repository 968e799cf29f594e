package org.cathedra.directory.internal;

import java.util.Optional;
import org.cathedra.directory.Department;
import org.cathedra.directory.DepartmentRow;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

    Optional<Department> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    Optional<Department> findByHeadId(Long teacherId);

    /** One page of the list: {@code text} is a LIKE pattern (escape '!') on code and names, or null. */
    @Query("""
            select new org.cathedra.directory.DepartmentRow(d.id, d.code, d.nameRu, d.nameEn,
                concat(h.lastName, ' ', h.firstName, coalesce(concat(' ', h.middleName), '')),
                (select count(t) from Teacher t where t.department = d and t.active = true), d.active, d.version)
            from Department d left join d.head h
            where (:text is null or lower(d.code) like :text escape '!' or lower(d.nameRu) like :text escape '!'
                   or lower(d.nameEn) like :text escape '!')
              and (:includeInactive = true or d.active = true)
            """)
    Slice<DepartmentRow> findRows(@Nullable String text, boolean includeInactive, Pageable pageable);
}
