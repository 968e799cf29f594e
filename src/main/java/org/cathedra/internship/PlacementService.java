package org.cathedra.internship;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cathedra.directory.CurrentUser;
import org.cathedra.directory.Person;
import org.cathedra.directory.Student;
import org.cathedra.directory.Teacher;
import org.cathedra.internship.internal.InternshipJournal;
import org.cathedra.internship.internal.OfferRepository;
import org.cathedra.internship.internal.PeriodRepository;
import org.cathedra.internship.internal.PlacementRepository;
import org.cathedra.internship.internal.PreferenceRepository;
import org.cathedra.internship.internal.RequirementRepository;
import org.cathedra.internship.internal.SiteRepository;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placement periods and their offers, learners' ranked preferences, the assignment run (see
 * {@link PlacementMatching} for the method) and the office's adjustments by hand. Learners and site supervisors are
 * told of every placement.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional(readOnly = true)
public class PlacementService {

    public static final int MAX_CHOICES = 20;
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PeriodRepository periods;
    private final OfferRepository offers;
    private final PreferenceRepository preferences;
    private final PlacementRepository placements;
    private final RequirementRepository requirements;
    private final SiteRepository sites;
    private final InternshipJournal journal;
    private final CurrentUser currentUser;
    private final EntityManager em;

    PlacementService(PeriodRepository periods, OfferRepository offers, PreferenceRepository preferences,
            PlacementRepository placements, RequirementRepository requirements, SiteRepository sites,
            InternshipJournal journal, CurrentUser currentUser, EntityManager em) {
        this.periods = periods;
        this.offers = offers;
        this.preferences = preferences;
        this.placements = placements;
        this.requirements = requirements;
        this.sites = sites;
        this.journal = journal;
        this.currentUser = currentUser;
        this.em = em;
    }

    /** A period as the office lists it. */
    public record PeriodRow(long id, String name, LocalDate startsOn, LocalDate endsOn, String requirement,
            boolean preferencesOpen, int slots, int placed, long requirementId) {
    }

    /** An offer with its site, supervisor, slots and how many are placed there. */
    public record OfferRow(long id, long siteId, String siteCode, String siteName, Site.Kind kind, String address,
            String supervisor, int slots, int taken, long supervisorId) {
    }

    /** A placement as the office's board shows it; {@code choiceRank} null when placed outside the choices. */
    public record PlacementRow(long id, long studentId, String student, long offerId, String site,
            String siteSupervisor, @Nullable String academicSupervisor, Placement.AssignedBy assignedBy,
            @Nullable Integer choiceRank, @Nullable Integer creditGrade) {
    }

    /** A period open to the signed-in learner, its offers and their current ranking (offer ids, best first). */
    public record MyChoices(long periodId, String name, LocalDate startsOn, LocalDate endsOn, boolean open,
            List<OfferRow> offers, List<Long> ranking, @Nullable String placedAt) {
    }

    /** What an assignment run did. */
    public record MatchingReport(int placed, int firstChoice, int withinChoices, int outsideChoices, int unplaced) {
    }

    /** Every period, latest first. */
    public List<PeriodRow> periods(Locale locale) {
        return periods.findAllByOrderByStartsOnDescIdDesc().stream().map(p -> {
            int slots = offers.findByPeriodIdOrderById(p.getId()).stream().mapToInt(PlacementOffer::getSlots).sum();
            return new PeriodRow(p.getId(), p.getName(), p.getStartsOn(), p.getEndsOn(),
                    requirements.findById(p.getRequirementId()).map(r -> r.name(locale)).orElse(""),
                    p.isPreferencesOpen(), slots, placements.findByPeriodIdOrderById(p.getId()).size(),
                    p.getRequirementId());
        }).toList();
    }

    /** Opens a period for the learners of a requirement. */
    @Transactional
    public long createPeriod(long requirementId, String name, LocalDate startsOn, LocalDate endsOn) {
        requirements.findById(requirementId)
                .orElseThrow(() -> new NotFoundException("internship.record.requirement", requirementId));
        PlacementPeriod saved = periods.saveAndFlush(new PlacementPeriod(requirementId, name, startsOn, endsOn));
        journal.changed("placement_period", saved.getId(), "created", null,
                saved.getName() + ", " + saved.getStartsOn() + ".." + saved.getEndsOn(), null);
        return saved.getId();
    }

    /** Renames a period or moves its dates. */
    @Transactional
    public void updatePeriod(long periodId, String name, LocalDate startsOn, LocalDate endsOn) {
        PlacementPeriod period = period(periodId);
        String before = period.getName() + ", " + period.getStartsOn() + ".." + period.getEndsOn();
        period.define(name, startsOn, endsOn);
        periods.flush();
        journal.changed("placement_period", periodId, "changed", before,
                period.getName() + ", " + period.getStartsOn() + ".." + period.getEndsOn(), null);
    }

    /** Opens or closes the ranking of offers by learners. */
    @Transactional
    public void setPreferencesOpen(long periodId, boolean open) {
        PlacementPeriod period = period(periodId);
        boolean was = period.isPreferencesOpen();
        period.setPreferencesOpen(open);
        journal.changed("placement_period", periodId, open ? "preferences.opened" : "preferences.closed",
                "open=" + was, "open=" + open, null);
    }

    /** Offers a site in a period with a number of slots, supervised by one of the site's supervisors. */
    @Transactional
    public long addOffer(long periodId, long siteId, long supervisorId, int slots) {
        period(periodId);
        Site site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("internship.record.site", siteId));
        if (!site.isActive()) {
            throw new DomainException("error.internship.inactiveSite", site.getCode());
        }
        if (offers.existsByPeriodIdAndSiteId(periodId, siteId)) {
            throw new DomainException("error.internship.siteOffered", site.getCode());
        }
        PlacementOffer saved = offers.saveAndFlush(new PlacementOffer(periodId, site, supervisorId, slots));
        journal.changed("placement_offer", saved.getId(), "created", null,
                "period " + periodId + ", site " + siteId + ", supervisor " + supervisorId + ", slots " + slots, null);
        return saved.getId();
    }

    /** Changes the slots or the supervisor of an offer, while nobody is placed on it. */
    @Transactional
    public void updateOffer(long offerId, long supervisorId, int slots) {
        PlacementOffer offer = unplacedOffer(offerId);
        Site site = sites.findById(offer.getSiteId()).orElseThrow();
        String before = "supervisor " + offer.getSupervisorId() + ", slots " + offer.getSlots();
        offer.define(site, supervisorId, slots);
        offers.flush();
        journal.changed("placement_offer", offerId, "changed", before,
                "supervisor " + offer.getSupervisorId() + ", slots " + offer.getSlots(), null);
    }

    /** Withdraws an offer nobody is placed on; learners' choices of it are dropped (their other choices keep order). */
    @Transactional
    public void removeOffer(long offerId) {
        PlacementOffer offer = unplacedOffer(offerId);
        int choices = preferences.deleteByOffer(offerId);
        offers.delete(offer);
        offers.flush();
        journal.changed("placement_offer", offerId, "removed", "period " + offer.getPeriodId() + ", site "
                + offer.getSiteId() + ", supervisor " + offer.getSupervisorId() + ", slots " + offer.getSlots()
                + ", chosen by " + choices, null, null);
    }

    private PlacementOffer unplacedOffer(long offerId) {
        PlacementOffer offer = offers.findById(offerId)
                .orElseThrow(() -> new NotFoundException("internship.record.offer", offerId));
        long placed = placements.countByOfferId(offerId);
        if (placed > 0) {
            throw new DomainException("error.internship.offerInUse", placed);
        }
        return offer;
    }

    /** The offers of a period with their slots taken. */
    public List<OfferRow> offers(long periodId, Locale locale) {
        period(periodId);
        return offerRows(periodId, locale);
    }

    /** The placements of a period. */
    public List<PlacementRow> placements(long periodId, Locale locale) {
        period(periodId);
        Map<Long, PlacementOffer> offerById = new HashMap<>();
        offers.findByPeriodIdOrderById(periodId).forEach(o -> offerById.put(o.getId(), o));
        return placements.findByPeriodIdOrderById(periodId).stream().map(p -> {
            PlacementOffer o = offerById.get(p.getOfferId());
            Site site = sites.findById(o.getSiteId()).orElseThrow();
            return new PlacementRow(p.getId(), p.getStudentId(), person(p.getStudentId()).getFullName(), o.getId(),
                    site.name(locale), person(o.getSupervisorId()).getFullName(),
                    p.getAcademicSupervisorId() == null ? null : person(p.getAcademicSupervisorId()).getFullName(),
                    p.getAssignedBy(), p.getChoiceRank(), p.getCreditGrade());
        }).sorted(java.util.Comparator.comparing(PlacementRow::student)).toList();
    }

    /**
     * Places every learner the period's requirement applies to who is not placed yet, by {@link PlacementMatching};
     * placements made earlier (by hand or by an earlier run) keep their slots. Closes the preferences.
     */
    @Transactional
    public MatchingReport runAssignment(long periodId) {
        PlacementPeriod period = period(periodId);
        Requirement requirement = requirements.findById(period.getRequirementId()).orElseThrow();
        Set<Long> placedAlready = new HashSet<>();
        placements.findByPeriodIdOrderById(periodId).forEach(p -> placedAlready.add(p.getStudentId()));
        List<PlacementMatching.Offer> free = offers.findByPeriodIdOrderById(periodId).stream()
                .map(o -> new PlacementMatching.Offer(o.getId(), o.getSlots() - (int) placements.countByOfferId(o.getId())))
                .toList();
        Map<Long, List<Long>> choices = new HashMap<>();
        preferences.findByPeriodIdOrderByStudentIdAscRankAsc(periodId)
                .forEach(p -> choices.computeIfAbsent(p.getStudentId(), k -> new ArrayList<>()).add(p.getOfferId()));
        List<PlacementMatching.Applicant> applicants = eligible(requirement).stream()
                .filter(s -> !placedAlready.contains(s.getId()))
                .map(s -> new PlacementMatching.Applicant(s.getId(), s.getStartYear(),
                        choices.getOrDefault(s.getId(), List.of())))
                .toList();
        PlacementMatching.Result result = PlacementMatching.assign(periodId, free, applicants);
        int first = 0;
        int within = 0;
        for (PlacementMatching.Assignment a : result.assignments()) {
            Placement saved = placements.save(new Placement(periodId, a.offerId(), a.studentId(),
                    Placement.AssignedBy.MATCHING, a.rank()));
            announce(saved, period, null);
            if (a.rank() != null) {
                within++;
                first += a.rank() == 1 ? 1 : 0;
            }
        }
        period.setPreferencesOpen(false);
        placements.flush();
        MatchingReport report = new MatchingReport(result.assignments().size(), first, within,
                result.assignments().size() - within, result.unplaced().size());
        journal.changed("placement_period", periodId, "assignment.run", null, report.toString(), null);
        return report;
    }

    /** Places a learner at an offer by hand, or moves them there; the offer must have a free slot. */
    @Transactional
    public long place(long periodId, long studentId, long offerId) {
        PlacementPeriod period = period(periodId);
        PlacementOffer offer = offers.findById(offerId).filter(o -> o.getPeriodId() == periodId)
                .orElseThrow(() -> new NotFoundException("internship.record.offer", offerId));
        Student student = em.find(Student.class, studentId);
        if (student == null) {
            throw new NotFoundException("internship.record.student", studentId);
        }
        Placement placement = placements.findByPeriodIdAndStudentId(periodId, studentId).orElse(null);
        if (placement != null && placement.getOfferId() == offerId) {
            return placement.getId();
        }
        if (placements.countByOfferId(offerId) >= offer.getSlots()) {
            throw new DomainException("error.internship.offerFull");
        }
        Integer rank = preferences.findByPeriodIdAndStudentIdOrderByRank(periodId, studentId).stream()
                .filter(p -> p.getOfferId() == offerId).map(Preference::getRank).findFirst().orElse(null);
        String before = placement == null ? null : placement.describe();
        if (placement == null) {
            placement = new Placement(periodId, offerId, studentId, Placement.AssignedBy.MANUAL, rank);
        } else {
            placement.moveTo(offerId, Placement.AssignedBy.MANUAL, rank);
        }
        Placement saved = placements.saveAndFlush(placement);
        announce(saved, period, before);
        return saved.getId();
    }

    /** Names the academic supervisor of a placement (a teacher of the institute). */
    @Transactional
    public void setAcademicSupervisor(long placementId, long teacherId) {
        Placement placement = placements.findById(placementId)
                .orElseThrow(() -> new NotFoundException("internship.record.placement", placementId));
        Teacher teacher = em.find(Teacher.class, teacherId);
        if (teacher == null || !teacher.isActive()) {
            throw new NotFoundException("internship.record.teacher", teacherId);
        }
        Long before = placement.getAcademicSupervisorId();
        placement.setAcademicSupervisorId(teacherId);
        journal.changed("placement", placementId, "academicSupervisor.changed", "teacher " + before,
                "teacher " + teacherId, null);
    }

    /** The periods whose requirement applies to the signed-in learner, with their offers and ranking. */
    @PreAuthorize("hasRole('" + Roles.STUDENT + "')")
    public List<MyChoices> myChoices(Locale locale) {
        Student me = me();
        List<MyChoices> out = new ArrayList<>();
        for (PlacementPeriod p : periods.findAllByOrderByStartsOnDescIdDesc()) {
            Requirement r = requirements.findById(p.getRequirementId()).orElseThrow();
            if (!r.applies(me.getProgrammeId(), me.getCohort())) {
                continue;
            }
            List<Long> ranking = preferences.findByPeriodIdAndStudentIdOrderByRank(p.getId(), me.getId()).stream()
                    .map(Preference::getOfferId).toList();
            String placedAt = placements.findByPeriodIdAndStudentId(p.getId(), me.getId())
                    .flatMap(pl -> offers.findById(pl.getOfferId()))
                    .flatMap(o -> sites.findById(o.getSiteId())).map(s -> s.name(locale)).orElse(null);
            out.add(new MyChoices(p.getId(), p.getName(), p.getStartsOn(), p.getEndsOn(), p.isPreferencesOpen(),
                    offerRows(p.getId(), locale), ranking, placedAt));
        }
        return out;
    }

    /** Replaces the signed-in learner's ranking in a period whose preferences are open (offer ids, best first). */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STUDENT + "')")
    public void savePreferences(long periodId, List<Long> offerIds) {
        Student me = me();
        PlacementPeriod period = period(periodId);
        Requirement r = requirements.findById(period.getRequirementId()).orElseThrow();
        if (!r.applies(me.getProgrammeId(), me.getCohort())) {
            throw new NotFoundException("internship.record.period", periodId);
        }
        if (!period.isPreferencesOpen()) {
            throw new DomainException("error.internship.preferencesClosed");
        }
        if (offerIds.size() > MAX_CHOICES || new HashSet<>(offerIds).size() != offerIds.size()) {
            throw new DomainException("error.internship.choices", MAX_CHOICES);
        }
        Set<Long> offered = new HashSet<>();
        offers.findByPeriodIdOrderById(periodId).forEach(o -> offered.add(o.getId()));
        for (Long id : offerIds) {
            if (!offered.contains(id)) {
                throw new NotFoundException("internship.record.offer", id);
            }
        }
        List<Long> before = preferences.findByPeriodIdAndStudentIdOrderByRank(periodId, me.getId()).stream()
                .map(Preference::getOfferId).toList();
        preferences.deleteChoices(periodId, me.getId());
        for (int i = 0; i < offerIds.size(); i++) {
            preferences.save(new Preference(periodId, me.getId(), offerIds.get(i), i + 1));
        }
        preferences.flush();
        journal.changed("placement_preference", me.getId(), "ranked", "period " + periodId + ": " + before,
                "period " + periodId + ": " + offerIds, null);
    }

    private List<Student> eligible(Requirement r) {
        return em.createQuery("""
                select s from Student s where s.programmeId = :programme and s.active = true
                  and (:cohort is null or s.cohort = :cohort) order by s.id""", Student.class)
                .setParameter("programme", r.getProgrammeId()).setParameter("cohort", r.getCohort())
                .getResultList();
    }

    private List<OfferRow> offerRows(long periodId, Locale locale) {
        return offers.findByPeriodIdOrderById(periodId).stream().map(o -> {
            Site site = sites.findById(o.getSiteId()).orElseThrow();
            return new OfferRow(o.getId(), site.getId(), site.getCode(), site.name(locale), site.getKind(),
                    site.getAddress(), person(o.getSupervisorId()).getFullName(), o.getSlots(),
                    (int) placements.countByOfferId(o.getId()), o.getSupervisorId());
        }).toList();
    }

    private void announce(Placement placement, PlacementPeriod period, @Nullable String before) {
        PlacementOffer offer = offers.findById(placement.getOfferId()).orElseThrow();
        Site site = sites.findById(offer.getSiteId()).orElseThrow();
        journal.changed("placement", placement.getId(), before == null ? "placed" : "moved", before,
                placement.describe() + ", student " + placement.getStudentId(), null);
        String dates = DAY.format(period.getStartsOn()) + " – " + DAY.format(period.getEndsOn());
        journal.tell(placement.getStudentId(), "placed", List.of(period.getName(), site.getNameRu(),
                site.getAddress(), dates), "internship/logbook");
        journal.tell(offer.getSupervisorId(), "traineeAssigned", List.of(person(placement.getStudentId())
                .getFullName(), site.getNameRu(), dates), "internship/trainees");
    }

    private PlacementPeriod period(long id) {
        return periods.findById(id).orElseThrow(() -> new NotFoundException("internship.record.period", id));
    }

    private Person person(long id) {
        Person person = em.find(Person.class, id);
        if (person == null) {
            throw new NotFoundException("internship.record.person", id);
        }
        return person;
    }

    private Student me() {
        long id = currentUser.requirePersonId();
        Student student = em.find(Student.class, id);
        if (student == null) {
            throw new NotFoundException("internship.record.student", id);
        }
        return student;
    }
}
