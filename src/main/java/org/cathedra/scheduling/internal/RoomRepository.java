package org.cathedra.scheduling.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.cathedra.scheduling.Room;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Rooms. */
public interface RoomRepository extends JpaRepository<Room, Long> {

    @Query("""
            select r from Room r
            where (:pattern is null or lower(r.code) like :pattern escape '!' or lower(r.name) like :pattern escape '!')
              and (:inactive = true or r.active = true)
            """)
    Page<Room> search(@Nullable String pattern, boolean inactive, Pageable pageable);

    List<Room> findByActiveTrueOrderByCode();

    boolean existsByCodeIgnoreCase(String code);
}
