package org.cathedra.internship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;

/** A site offered in a period: how many trainees it takes and which of its supervisors takes them. */
@Entity
@Table(name = "placement_offer")
public class PlacementOffer extends AbstractEntity {

    public static final int MAX_SLOTS = 500;

    @Column(name = "period_id", nullable = false)
    private long periodId;

    @Column(name = "site_id", nullable = false)
    private long siteId;

    @Column(name = "supervisor_id", nullable = false)
    private long supervisorId;

    @Column(nullable = false)
    private int slots;

    protected PlacementOffer() {
    }

    public PlacementOffer(long periodId, Site site, long supervisorId, int slots) {
        this.periodId = periodId;
        this.siteId = site.getId();
        define(site, supervisorId, slots);
    }

    /** Sets the slots and the supervisor, who must be one of the site's supervisors. */
    public void define(Site site, long supervisorId, int slots) {
        if (slots < 0 || slots > MAX_SLOTS) {
            throw new DomainException("error.range", "internship.offer.slots", 0, MAX_SLOTS);
        }
        if (!site.isSupervisedBy(supervisorId)) {
            throw new DomainException("error.internship.notSiteSupervisor", site.getCode());
        }
        this.supervisorId = supervisorId;
        this.slots = slots;
    }

    public long getPeriodId() {
        return periodId;
    }

    public long getSiteId() {
        return siteId;
    }

    public long getSupervisorId() {
        return supervisorId;
    }

    public int getSlots() {
        return slots;
    }
}
