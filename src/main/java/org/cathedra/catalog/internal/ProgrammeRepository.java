package org.cathedra.catalog.internal;

import java.util.List;
import java.util.Optional;
import org.cathedra.catalog.Programme;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    Optional<Programme> findByCode(String code);

    boolean existsByCode(String code);

    List<Programme> findByActiveTrueOrderByCode();
}
