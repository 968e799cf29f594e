package org.cathedra.internship.internal;

import java.util.List;
import org.cathedra.internship.CaseType;
import org.springframework.data.jpa.repository.JpaRepository;

/** Kinds of case or procedure. */
public interface CaseTypeRepository extends JpaRepository<CaseType, Long> {

    List<CaseType> findAllByOrderByCode();

    boolean existsByCode(String code);
}
