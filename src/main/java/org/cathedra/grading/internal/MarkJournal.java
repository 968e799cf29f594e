package org.cathedra.grading.internal;

import java.time.Clock;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.CurrentUser;
import org.cathedra.shared.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes every change of a mark twice, in the transaction that makes it: to the cell's own history (which teachers
 * see) and, as an {@link AuditedChange}, to the institute's audit record.
 */
@Component
public class MarkJournal {

    private final MarkChangeRepository changes;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    MarkJournal(MarkChangeRepository changes, ApplicationEventPublisher events, CurrentUser currentUser,
            Clock clock) {
        this.changes = changes;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public @Nullable String actor() {
        return currentUser.get().map(CathedraUser::username).orElse(null);
    }

    /** A mark was entered, changed, cleared or published. */
    public void mark(Mark mark, String action, @Nullable String before, @Nullable String after,
            @Nullable String reason) {
        changes.save(new MarkChange(mark.getId(), clock.instant(), actor(), action, before, after, reason));
        events.publishEvent(new AuditedChange("mark", String.valueOf(mark.getId()), "mark." + action, actor(),
                before, describe(mark, after), reason, clock.instant()));
    }

    /** Something else of grading changed: a scheme, a sheet, a final grade. */
    public void other(String entityType, long id, String action, @Nullable String before, @Nullable String after,
            @Nullable String reason) {
        events.publishEvent(new AuditedChange(entityType, String.valueOf(id), action, actor(), before, after, reason,
                clock.instant()));
    }

    private static String describe(Mark mark, @Nullable String value) {
        return (value == null ? "(empty)" : value) + ", student " + mark.getStudentId() + ", component "
                + mark.getComponentId() + ", attempt " + mark.getAttempt();
    }
}
