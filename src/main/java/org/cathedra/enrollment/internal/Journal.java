package org.cathedra.enrollment.internal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.CurrentUser;
import org.cathedra.enrollment.Enrollment;
import org.cathedra.shared.AuditedChange;
import org.cathedra.shared.AuditTrail;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.NotificationRequested;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of Cathedra about enrollment changes, inside the transaction that makes them: every change goes to
 * the audit trail; the ones a student must hear about also become notifications.
 */
@Component
public class Journal {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;
    private final InstituteSettings settings;

    Journal(ApplicationEventPublisher events, AuditTrail audit, CurrentUser currentUser, EntityManager em, Clock clock,
            InstituteSettings settings) {
        this.events = events;
        this.audit = audit;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
        this.settings = settings;
    }

    /** Records a change of {@code enrollment}, whose state before was {@code before} (null when created). */
    public void changed(Enrollment enrollment, String action, @Nullable String before, @Nullable String reason) {
        String actor = currentUser.get().map(CathedraUser::username).orElse(null);
        events.publishEvent(change(enrollment, action, actor, before, reason));
    }

    /** Records the creation of enrollments admitted together, each asked for by its own user. */
    public void createdTogether(List<Created> created) {
        audit.recordAll(created.stream().map(c -> change(c.enrollment(), "created", c.actor(), null, null)).toList());
    }

    /** An enrollment created for {@code actor} (a user name). */
    public record Created(Enrollment enrollment, @Nullable String actor) {
    }

    private AuditedChange change(Enrollment enrollment, String action, @Nullable String actor,
            @Nullable String before, @Nullable String reason) {
        return new AuditedChange("enrollment", String.valueOf(enrollment.getId()), action, actor, before,
                enrollment.describe() + ", student " + enrollment.getStudentId() + ", offering "
                        + enrollment.getOfferingId(), reason, clock.instant());
    }

    /** Tells the student of {@code enrollment} about it: {@code what} is approved, rejected, offered, expired... */
    public void tell(Enrollment enrollment, String what, @Nullable String reason) {
        List<String> args = new ArrayList<>();
        args.add(offeringName(enrollment.getOfferingId()));
        Instant expiry = enrollment.getOfferExpiresAt();
        args.add(expiry == null ? "" : when(expiry));
        args.add(reason == null ? "" : reason);
        events.publishEvent(new NotificationRequested(enrollment.getStudentId(),
                "enrollment.notice." + what + ".subject", "enrollment.notice." + what + ".body", args, "enrollment"));
    }

    /** An instant as the institute's local date and time, "2026-09-01 10:00". */
    public String when(Instant instant) {
        return WHEN.format(instant.atZone(settings.zone()));
    }

    /** "MG-101 (A), 2026/2027". */
    public String offeringName(long offeringId) {
        CourseOffering offering = em.find(CourseOffering.class, offeringId);
        if (offering == null) {
            return String.valueOf(offeringId);
        }
        return offering.getCourse().getCode() + " (" + offering.getSection() + "), "
                + offering.getTerm().getAcademicYearLabel();
    }
}
