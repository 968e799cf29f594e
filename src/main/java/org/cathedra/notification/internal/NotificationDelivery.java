package org.cathedra.notification.internal;

import java.time.Clock;
import org.cathedra.directory.Contacts;
import org.cathedra.shared.NotificationRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers a requested notification once the transaction that asked for it has committed (a rolled-back change
 * tells nobody anything): stores the in-app message and sends the e-mail. As an application module listener it runs
 * asynchronously, in a transaction of its own, so a slow mail server never holds up the user who made the change;
 * Spring Modulith's event publication registry keeps the request until delivery has completed, so a crash in
 * between does not lose it.
 */
@Component
class NotificationDelivery {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final NotificationRepository notifications;
    private final Contacts contacts;
    private final Mailer mailer;
    private final Clock clock;

    NotificationDelivery(NotificationRepository notifications, Contacts contacts, Mailer mailer, Clock clock) {
        this.notifications = notifications;
        this.contacts = contacts;
        this.mailer = mailer;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(NotificationRequested request) {
        var contact = contacts.of(request.recipientPersonId());
        if (contact.isEmpty()) {
            log.warn("Notification '{}' for unknown person {} dropped", request.subjectKey(),
                    request.recipientPersonId());
            return;
        }
        notifications.save(new Notification(request, clock.instant()));
        String email = contact.get().email();
        if (email != null) {
            mailer.send(email, contact.get().language(), request);
        }
    }
}
