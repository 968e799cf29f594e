package org.cathedra.scheduling.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Calendar feed tokens. */
public interface FeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByToken(String token);

    Optional<CalendarFeed> findByPersonId(long personId);

    @Modifying(flushAutomatically = true)
    @Query("delete from CalendarFeed f where f.personId = :personId")
    int revoke(long personId);
}
