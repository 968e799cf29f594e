package org.cathedra.directory.internal;

import java.util.List;
import org.cathedra.directory.Student;
import org.cathedra.directory.StudentRow;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StudentRepository extends JpaRepository<Student, Long> {

    /** One page of the list: {@code text} is a LIKE pattern (escape '!') on the full name and e-mail, or null. */
    @Query("""
            select new org.cathedra.directory.StudentRow(s.id,
                concat(s.lastName, ' ', s.firstName, coalesce(concat(' ', s.middleName), '')), s.email,
                s.learnerKind, s.programmeId, s.cohort, s.startYear, s.active, s.version, a.username)
            from Student s left join UserAccount a on a.person.id = s.id
            where (:text is null
                   or lower(concat(s.lastName, ' ', s.firstName, ' ', coalesce(s.middleName, ''))) like :text escape '!'
                   or lower(s.email) like :text escape '!')
              and (:kind is null or s.learnerKind = :kind)
              and (:cohort is null or s.cohort = :cohort)
              and (:includeInactive = true or s.active = true)
            """)
    Slice<StudentRow> findRows(@Nullable String text, Student.@Nullable LearnerKind kind, @Nullable String cohort,
            boolean includeInactive, Pageable pageable);

    @Query("select distinct s.cohort from Student s where s.cohort is not null order by s.cohort")
    List<String> findCohorts();
}
