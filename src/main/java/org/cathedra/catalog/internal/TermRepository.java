package org.cathedra.catalog.internal;

import java.util.Optional;
import org.cathedra.catalog.Term;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TermRepository extends JpaRepository<Term, Long> {

    Optional<Term> findByAcademicYearAndPart(int academicYear, Term.Part part);
}
