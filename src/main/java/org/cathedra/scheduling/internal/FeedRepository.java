package org.cathedra.scheduling.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Calendar feeds, found by the hash of their token. */
public interface FeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByTokenHash(String tokenHash);

    Optional<CalendarFeed> findByPersonId(long personId);

    @Modifying(flushAutomatically = true)
    @Query("delete from CalendarFeed f where f.personId = :personId")
    int revoke(long personId);
}
