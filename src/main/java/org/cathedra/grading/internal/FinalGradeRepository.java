package org.cathedra.grading.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FinalGradeRepository extends JpaRepository<FinalGrade, Long> {

    Optional<FinalGrade> findBySchemeIdAndStudentId(long schemeId, long studentId);

    List<FinalGrade> findBySchemeId(long schemeId);

    List<FinalGrade> findByStudentId(long studentId);
}
