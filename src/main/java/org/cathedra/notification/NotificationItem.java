package org.cathedra.notification;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A notification as its recipient reads it: texts as message keys with their arguments, rendered by the view. */
public record NotificationItem(long id, String subjectKey, String bodyKey, List<String> arguments,
        @Nullable String link, Instant createdAt, @Nullable Instant readAt) {

    public NotificationItem {
        arguments = List.copyOf(arguments);
    }

    public boolean unread() {
        return readAt == null;
    }
}
