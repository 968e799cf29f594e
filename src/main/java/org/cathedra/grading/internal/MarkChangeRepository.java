package org.cathedra.grading.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MarkChangeRepository extends JpaRepository<MarkChange, Long> {

    List<MarkChange> findByMarkIdInOrderByAtAscIdAsc(Collection<Long> markIds);
}
