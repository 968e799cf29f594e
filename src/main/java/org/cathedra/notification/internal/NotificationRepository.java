package org.cathedra.notification.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Notifications, always looked up together with their recipient so that nobody reaches another's. */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

    Slice<Notification> findByRecipientPersonId(long recipientPersonId, Pageable pageable);

    long countByRecipientPersonIdAndReadAtIsNull(long recipientPersonId);

    Optional<Notification> findByIdAndRecipientPersonId(long id, long recipientPersonId);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientPersonId = :personId and n.readAt is null")
    int markAllRead(long personId, Instant now);
}
