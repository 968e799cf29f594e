package org.cathedra.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cathedra.catalog.Term;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TermRepository extends JpaRepository<Term, Long> {

    Optional<Term> findByAcademicYearAndPart(int academicYear, Term.Part part);

    @Query("""
            select count(t) > 0 from Term t
            where t.academicYear = :year and t.part = :part and (:exceptId is null or t.id <> :exceptId)
            """)
    boolean taken(int year, Term.Part part, @Nullable Long exceptId);

    @Query("select t from Term t where (:year is null or t.academicYear = :year)")
    Page<Term> search(@Nullable Integer year, Pageable pageable);

    @Query("select t from Term t where t.startsOn <= :day and t.endsOn >= :day order by t.startsOn, t.part")
    List<Term> containing(LocalDate day);
}
