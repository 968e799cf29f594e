package org.cathedra.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.cathedra.notification.NotificationItem;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.NotificationRequested;
import org.jspecify.annotations.Nullable;

/** A message to one person, kept as message keys and arguments so that it reads in whatever language they use. */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    static final int KEY_MAX = 150;
    static final int LINK_MAX = 255;

    @Column(name = "recipient_person_id", nullable = false)
    private long recipientPersonId;

    @Column(name = "subject_key", nullable = false, length = KEY_MAX)
    private String subjectKey = "";

    @Column(name = "body_key", nullable = false, length = KEY_MAX)
    private String bodyKey = "";

    @Convert(converter = ArgumentsConverter.class)
    @Column(nullable = false, length = ArgumentsConverter.MAX)
    private List<String> arguments = List.of();

    @Column(length = LINK_MAX)
    private @Nullable String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notification() {
    }

    Notification(NotificationRequested request, Instant now) {
        this.recipientPersonId = request.recipientPersonId();
        this.subjectKey = request.subjectKey();
        this.bodyKey = request.bodyKey();
        this.arguments = request.arguments();
        this.link = request.link() == null || request.link().length() > LINK_MAX ? null : request.link();
        this.createdAt = now;
    }

    /** Marks the notification read; reading it again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public long getRecipientPersonId() {
        return recipientPersonId;
    }

    /** The notification as its recipient reads it. */
    public NotificationItem toItem() {
        return new NotificationItem(getId() == null ? 0 : getId(), subjectKey, bodyKey, arguments, link, createdAt,
                readAt);
    }
}
