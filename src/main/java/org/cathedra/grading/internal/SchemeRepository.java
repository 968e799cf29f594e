package org.cathedra.grading.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchemeRepository extends JpaRepository<AssessmentScheme, Long> {

    Optional<AssessmentScheme> findByOfferingId(long offeringId);

    List<AssessmentScheme> findByOfferingIdIn(List<Long> offeringIds);
}
