package org.cathedra.grading.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MarkRepository extends JpaRepository<Mark, Long> {

    @Query("select m from Mark m where m.componentId in :components and m.studentId in :students")
    List<Mark> findFor(Collection<Long> components, Collection<Long> students);

    @Query("select m from Mark m where m.componentId in :components")
    List<Mark> findForComponents(Collection<Long> components);

    Optional<Mark> findFirstByComponentIdAndStudentIdOrderByAttemptDesc(long componentId, long studentId);

    List<Mark> findByComponentIdAndStudentIdOrderByAttempt(long componentId, long studentId);

    List<Mark> findByStudentId(long studentId);
}
