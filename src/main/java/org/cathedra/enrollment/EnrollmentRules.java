package org.cathedra.enrollment;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cathedra.catalog.CourseService;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.catalog.Term;
import org.cathedra.enrollment.internal.SeatLedger;
import org.cathedra.enrollment.internal.WindowRepository;
import org.cathedra.enrollment.internal.Windows;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office's enrollment rules: windows of terms and offerings, admission by application, prerequisites. */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional
public class EnrollmentRules {

    private final EntityManager em;
    private final WindowRepository windows;
    private final Windows effective;
    private final SeatLedger seats;
    private final CourseService courses;

    EnrollmentRules(EntityManager em, WindowRepository windows, Windows effective, SeatLedger seats,
            CourseService courses) {
        this.em = em;
        this.windows = windows;
        this.effective = effective;
        this.seats = seats;
        this.courses = courses;
    }

    /** The window that applies to an offering: its own, else its term's. */
    @Transactional(readOnly = true)
    public Optional<EnrollmentWindow> windowOf(long offeringId) {
        return effective.of(offering(offeringId));
    }

    /** Sets when a term's offerings, or one offering of it when {@code offeringId} is given, take enrollments. */
    public EnrollmentWindow openWindow(long termId, @Nullable Long offeringId, Instant opensAt, Instant closesAt,
            Instant withdrawUntil) {
        if (em.find(Term.class, termId) == null) {
            throw new NotFoundException("enrollment.record.term", termId);
        }
        if (offeringId != null) {
            CourseOffering offering = offering(offeringId);
            if (offering.getTerm().getId() != termId) {
                throw new DomainException("error.enrollment.windowTerm");
            }
        }
        // one window per term or offering: setting it again moves it
        List<EnrollmentWindow> existing = windows.ofScope(termId, offeringId);
        if (existing.isEmpty()) {
            return windows.saveAndFlush(new EnrollmentWindow(termId, offeringId, opensAt, closesAt, withdrawUntil));
        }
        EnrollmentWindow window = existing.get(0);
        window.define(opensAt, closesAt, withdrawUntil);
        return windows.saveAndFlush(window);
    }

    /** Whether students apply to the offering (and someone decides) rather than enroll directly. */
    public void admitByApplication(long offeringId, boolean byApplication) {
        offering(offeringId);
        seats.admitByApplication(offeringId, byApplication);
    }

    /**
     * Makes {@code prerequisiteId} a course to be taken, in an earlier term, before {@code courseId}; the catalog
     * refuses the course itself and anything that would close a cycle.
     */
    public void requirePrerequisite(long courseId, long prerequisiteId) {
        courses.addPrerequisite(courseId, prerequisiteId);
    }

    private CourseOffering offering(long offeringId) {
        CourseOffering offering = em.find(CourseOffering.class, offeringId);
        if (offering == null) {
            throw new NotFoundException("enrollment.record.offering", offeringId);
        }
        return offering;
    }
}
