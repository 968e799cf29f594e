package org.cathedra.grading.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScaleRepository extends JpaRepository<GradeScale, Long> {

    Optional<GradeScale> findByCode(String code);
}
