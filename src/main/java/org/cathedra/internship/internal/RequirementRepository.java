package org.cathedra.internship.internal;

import java.util.List;
import org.cathedra.internship.Requirement;
import org.springframework.data.jpa.repository.JpaRepository;

/** Internship requirements of programmes. */
public interface RequirementRepository extends JpaRepository<Requirement, Long> {

    List<Requirement> findAllByOrderByCode();

    boolean existsByCode(String code);
}
