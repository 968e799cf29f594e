package org.cathedra.internship.internal;

import java.util.EnumSet;
import java.util.Set;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.CurrentUser;
import org.cathedra.directory.UserAccount;
import org.cathedra.internship.Placement;
import org.cathedra.internship.PlacementOffer;
import org.cathedra.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who the signed-in user is to a placement: its trainee, its site supervisor, its academic supervisor, or the
 * office. Anyone else is told the placement does not exist, so that crafted ids reveal nothing.
 */
@Component
public class PlacementAccess {

    private final PlacementRepository placements;
    private final OfferRepository offers;
    private final CurrentUser currentUser;

    PlacementAccess(PlacementRepository placements, OfferRepository offers, CurrentUser currentUser) {
        this.placements = placements;
        this.offers = offers;
        this.currentUser = currentUser;
    }

    /** The parts the signed-in user plays in a placement. */
    public enum Part { TRAINEE, SITE_SUPERVISOR, ACADEMIC_SUPERVISOR, OFFICE }

    /** A placement with the signed-in user's parts in it (never empty). */
    public record Seen(Placement placement, PlacementOffer offer, Set<Part> parts) {

        public boolean supervises() {
            return parts.contains(Part.SITE_SUPERVISOR) || parts.contains(Part.ACADEMIC_SUPERVISOR);
        }

        /** Patient codes are for the trainee and their supervisors only, not for the office. */
        public boolean seesPatientCodes() {
            return parts.contains(Part.TRAINEE) || supervises();
        }
    }

    /** The placement as the signed-in user may see it; refused as not found when they have no part in it. */
    public Seen see(long placementId) {
        Placement placement = placements.findById(placementId)
                .orElseThrow(() -> new NotFoundException("internship.record.placement", placementId));
        PlacementOffer offer = offers.findById(placement.getOfferId()).orElseThrow();
        Set<Part> parts = partsOf(placement, offer);
        if (parts.isEmpty()) {
            throw new NotFoundException("internship.record.placement", placementId);
        }
        return new Seen(placement, offer, parts);
    }

    /** Like {@link #see}, but the user must play {@code part}. */
    public Seen require(long placementId, Part part) {
        Seen seen = see(placementId);
        if (!seen.parts().contains(part)) {
            throw new NotFoundException("internship.record.placement", placementId);
        }
        return seen;
    }

    private Set<Part> partsOf(Placement placement, PlacementOffer offer) {
        CathedraUser user = currentUser.require();
        Set<Part> parts = EnumSet.noneOf(Part.class);
        if (user.is(UserAccount.Role.ADMIN)) {
            parts.add(Part.OFFICE);
        }
        Long person = user.personId();
        if (person == null) {
            return parts;
        }
        if (user.is(UserAccount.Role.STUDENT) && placement.getStudentId() == person) {
            parts.add(Part.TRAINEE);
        }
        if (user.is(UserAccount.Role.TEACHER)) {
            if (offer.getSupervisorId() == person) {
                parts.add(Part.SITE_SUPERVISOR);
            }
            if (placement.getAcademicSupervisorId() != null && placement.getAcademicSupervisorId().equals(person)) {
                parts.add(Part.ACADEMIC_SUPERVISOR);
            }
        }
        return parts;
    }
}
