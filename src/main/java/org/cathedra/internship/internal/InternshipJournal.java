package org.cathedra.internship.internal;

import java.time.Clock;
import java.util.List;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.CurrentUser;
import org.cathedra.shared.AuditedChange;
import org.cathedra.shared.NotificationRequested;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the audit trail about every internship change and asks for notifications, inside the transaction of the
 * change. Audit texts never hold patient codes or reflections.
 */
@Component
public class InternshipJournal {

    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    InternshipJournal(ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a change of an internship record ("placement", "logbook_entry", "site"...). */
    public void changed(String entityType, @Nullable Long id, String action, @Nullable String before,
            @Nullable String after, @Nullable String reason) {
        String actor = currentUser.get().map(CathedraUser::username).orElse(null);
        events.publishEvent(new AuditedChange(entityType, String.valueOf(id), action, actor, before, after, reason,
                clock.instant()));
    }

    /** Tells a person about an internship event: {@code what} names the subject and body keys. */
    public void tell(long personId, String what, List<String> arguments, String link) {
        events.publishEvent(new NotificationRequested(personId, "internship.notice." + what + ".subject",
                "internship.notice." + what + ".body", arguments, link));
    }
}
