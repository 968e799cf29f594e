package org.cathedra.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cathedra.directory.CurrentUser;
import org.cathedra.notification.internal.Notification;
import org.cathedra.notification.internal.NotificationRepository;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own notifications: listed, counted and marked read. Nobody reaches anyone else's; an
 * account without a person simply has none.
 */
@Service
@PreAuthorize(Roles.ANY)
@Transactional(readOnly = true)
public class NotificationService {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of my notifications, newest first. */
    public Slice<NotificationItem> mine(Pageable pageable) {
        Long me = currentUser.require().personId();
        if (me == null) {
            return new SliceImpl<>(List.of(), pageable, false);
        }
        Sort newestFirst = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
        Pageable page = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                newestFirst) : PageRequest.of(0, Integer.MAX_VALUE, newestFirst);
        return notifications.findByRecipientPersonId(me, page).map(Notification::toItem);
    }

    /** How many of my notifications I have not read. */
    public long unreadCount() {
        Long me = currentUser.require().personId();
        return me == null ? 0 : notifications.countByRecipientPersonIdAndReadAtIsNull(me);
    }

    /** Marks one of my notifications read; someone else's is refused as if it did not exist. */
    @Transactional
    public void markRead(long notificationId) {
        Long me = currentUser.require().personId();
        Notification notification = (me == null ? Optional.<Notification>empty()
                : notifications.findByIdAndRecipientPersonId(notificationId, me))
                .orElseThrow(() -> new NotFoundException("notification.entity", notificationId));
        notification.markRead(clock.instant());
    }

    /** Marks all my notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead() {
        Long me = currentUser.require().personId();
        return me == null ? 0 : notifications.markAllRead(me, clock.instant());
    }
}
