package org.cathedra.grading.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComponentRepository extends JpaRepository<AssessmentComponent, Long> {

    List<AssessmentComponent> findBySchemeIdOrderByPosition(long schemeId);

    List<AssessmentComponent> findBySchemeIdInOrderByPosition(List<Long> schemeIds);
}
