package org.cathedra.catalog.internal;

import java.util.List;
import java.util.Optional;
import org.cathedra.catalog.Programme;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    Optional<Programme> findByCode(String code);

    boolean existsByCode(String code);

    List<Programme> findByActiveTrueOrderByCode();

    @Query("""
            select count(p) > 0 from Programme p
            where p.code = :code and (:exceptId is null or p.id <> :exceptId)
            """)
    boolean codeTaken(String code, @Nullable Long exceptId);

    @Query("""
            select p from Programme p
            where (:pattern is null or lower(p.code) like :pattern escape '!'
                   or lower(p.nameRu) like :pattern escape '!' or lower(p.nameEn) like :pattern escape '!'
                   or lower(p.speciality) like :pattern escape '!')
              and (:kind is null or p.kind = :kind)
              and (:includeInactive = true or p.active = true)
            """)
    Page<Programme> search(@Nullable String pattern, Programme.@Nullable Kind kind, boolean includeInactive,
            Pageable pageable);
}
