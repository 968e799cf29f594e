package org.cathedra.internship;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cathedra.directory.CurrentUser;
import org.cathedra.directory.Person;
import org.cathedra.internship.internal.CaseTypeRepository;
import org.cathedra.internship.internal.InternshipJournal;
import org.cathedra.internship.internal.LogbookRepository;
import org.cathedra.internship.internal.PeriodRepository;
import org.cathedra.internship.internal.PlacementAccess;
import org.cathedra.internship.internal.PlacementAccess.Part;
import org.cathedra.internship.internal.PlacementRepository;
import org.cathedra.internship.internal.RequirementRepository;
import org.cathedra.internship.internal.SiteRepository;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainee's logbook: entries recorded by the trainee, signed off or returned by a supervisor, and progress
 * against the requirement. A trainee sees only their own placements, a teacher only the placements they supervise,
 * the office all of them but without patient codes; any other id is answered as not found.
 */
@Service
@PreAuthorize(Roles.ANY)
@Transactional(readOnly = true)
public class LogbookService {

    private static final BigDecimal DAY = BigDecimal.valueOf(24);

    private final LogbookRepository entries;
    private final PlacementRepository placements;
    private final PeriodRepository periods;
    private final RequirementRepository requirements;
    private final CaseTypeRepository caseTypes;
    private final SiteRepository sites;
    private final PlacementAccess access;
    private final InternshipJournal journal;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;
    private final InstituteSettings settings;

    LogbookService(LogbookRepository entries, PlacementRepository placements, PeriodRepository periods,
            RequirementRepository requirements, CaseTypeRepository caseTypes, SiteRepository sites,
            PlacementAccess access, InternshipJournal journal, CurrentUser currentUser, EntityManager em, Clock clock,
            InstituteSettings settings) {
        this.entries = entries;
        this.placements = placements;
        this.periods = periods;
        this.requirements = requirements;
        this.caseTypes = caseTypes;
        this.sites = sites;
        this.access = access;
        this.journal = journal;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
        this.settings = settings;
    }

    /** A placement as the logbook screens head it, with the progress bars. */
    public record PlacementSummary(long placementId, String trainee, String period, LocalDate startsOn,
            LocalDate endsOn, String site, String address, String siteSupervisor, @Nullable String academicSupervisor,
            long pendingEntries, Progress progress, @Nullable Integer creditGrade, boolean supervising,
            boolean evaluates, boolean grades) {
    }

    /** An entry as listed; {@code patientCode} is null for readers who may not see it. */
    public record EntryRow(long id, long version, LocalDate date, BigDecimal hours, long caseTypeId, String caseType,
            LogbookEntry.Participation participation, @Nullable String patientCode, @Nullable String reflection,
            LogbookEntry.Status status, @Nullable String supervisorComment) {
    }

    /** The signed-in trainee's placements, latest first. */
    @PreAuthorize("hasRole('" + Roles.STUDENT + "')")
    public List<PlacementSummary> mine(Locale locale) {
        return placements.findByStudentIdOrderByIdDesc(currentUser.requirePersonId()).stream()
                .map(p -> summary(access.see(p.getId()), locale)).toList();
    }

    /** The placements the signed-in teacher supervises, at the site or as academic supervisor. */
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public List<PlacementSummary> supervised(Locale locale) {
        return placements.supervisedBy(currentUser.requirePersonId()).stream()
                .map(p -> summary(access.see(p.getId()), locale)).toList();
    }

    /** One placement's heading and progress, for whoever may see it. */
    public PlacementSummary summary(long placementId, Locale locale) {
        return summary(access.see(placementId), locale);
    }

    /** The entries of a placement, latest first. */
    public List<EntryRow> entries(long placementId, Locale locale) {
        PlacementAccess.Seen seen = access.see(placementId);
        Map<Long, String> names = caseTypeNames(locale);
        return entries.findByPlacementIdOrderByEntryDateDescIdDesc(placementId).stream()
                .map(e -> new EntryRow(e.getId(), e.getVersion(), e.getDate(), e.getHours(), e.getCaseTypeId(),
                        names.get(e.getCaseTypeId()), e.getParticipation(),
                        seen.seesPatientCodes() ? e.getPatientCode() : null, e.getReflection(), e.getStatus(),
                        e.getSupervisorComment()))
                .toList();
    }

    /**
     * Records an entry in the signed-in trainee's placement. The date must be inside the placement and not in the
     * future, the hours within a day (with the day's other entries, at most 24); a reflection that looks like a
     * name is refused with a {@link NameWarning} unless {@code nameConfirmed}.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STUDENT + "')")
    public long record(long placementId, EntryForm form, boolean nameConfirmed) {
        PlacementAccess.Seen seen = access.require(placementId, Part.TRAINEE);
        LogbookEntry entry = new LogbookEntry(placementId);
        write(seen, entry, form, nameConfirmed);
        LogbookEntry saved = entries.saveAndFlush(entry);
        journal.changed("logbook_entry", saved.getId(), "recorded", null, saved.describe(), null);
        return saved.getId();
    }

    /** Edits a pending or returned entry of the signed-in trainee; a signed entry is locked. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STUDENT + "')")
    public void edit(long entryId, long version, EntryForm form, boolean nameConfirmed) {
        LogbookEntry entry = entry(entryId);
        PlacementAccess.Seen seen = require(entry, Part.TRAINEE);
        if (entry.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(LogbookEntry.class, entryId);
        }
        String before = entry.describe();
        write(seen, entry, form, nameConfirmed);
        entries.saveAndFlush(entry);
        journal.changed("logbook_entry", entryId, "edited", before, entry.describe(), null);
    }

    /** Signs entries of one placement off (one or many at once); signed entries are skipped. Returns how many. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public int sign(long placementId, Collection<Long> entryIds) {
        PlacementAccess.Seen seen = access.see(placementId);
        if (!seen.supervises()) {
            throw new NotFoundException("internship.record.placement", placementId);
        }
        long me = currentUser.requirePersonId();
        Instant now = clock.instant();
        int signed = 0;
        for (Long id : entryIds) {
            LogbookEntry entry = entry(id);
            if (entry.getPlacementId() != placementId) {
                throw new NotFoundException("internship.record.entry", id);
            }
            if (entry.getStatus() == LogbookEntry.Status.SIGNED) {
                continue;
            }
            String before = entry.describe();
            entry.sign(me, now);
            journal.changed("logbook_entry", id, "signed", before, entry.describe(), null);
            signed++;
        }
        entries.flush();
        return signed;
    }

    /** Signs off every pending entry of a placement. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public int signAllPending(long placementId) {
        access.see(placementId);
        List<Long> pending = entries.findByPlacementIdOrderByEntryDateDescIdDesc(placementId).stream()
                .filter(e -> e.getStatus() == LogbookEntry.Status.PENDING).map(LogbookEntry::getId).toList();
        return sign(placementId, pending);
    }

    /** Sends an entry back to the trainee with a comment; the trainee is told. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public void returnEntry(long entryId, String comment) {
        LogbookEntry entry = entry(entryId);
        PlacementAccess.Seen seen = access.see(entry.getPlacementId());
        if (!seen.supervises()) {
            throw new NotFoundException("internship.record.entry", entryId);
        }
        String before = entry.describe();
        entry.returnWith(comment, currentUser.requirePersonId(), clock.instant());
        entries.saveAndFlush(entry);
        journal.changed("logbook_entry", entryId, "returned", before, entry.describe(), entry.getSupervisorComment());
        journal.tell(seen.placement().getStudentId(), "entryReturned",
                List.of(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(entry.getDate()),
                        entry.getSupervisorComment()), "internship/logbook");
    }

    private void write(PlacementAccess.Seen seen, LogbookEntry entry, EntryForm form, boolean nameConfirmed) {
        if (form.date() == null) {
            throw new DomainException("error.required", "internship.entry.date");
        }
        if (form.hours() == null) {
            throw new DomainException("error.required", "internship.entry.hours");
        }
        if (form.caseTypeId() == null) {
            throw new DomainException("error.required", "internship.entry.caseType");
        }
        caseTypes.findById(form.caseTypeId())
                .orElseThrow(() -> new NotFoundException("internship.record.caseType", form.caseTypeId()));
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        if (form.date().isAfter(today)) {
            throw new DomainException("error.internship.futureDate");
        }
        PlacementPeriod period = periods.findById(seen.placement().getPeriodId()).orElseThrow();
        if (!period.contains(form.date())) {
            throw new DomainException("error.internship.outsidePlacement", period.getStartsOn().toString(),
                    period.getEndsOn().toString());
        }
        if (!nameConfirmed && NameGuard.looksLikeName(form.reflection())) {
            throw new NameWarning();
        }
        // before the entity changes: the query would flush the change first
        BigDecimal other = entries.hoursOn(seen.placement().getStudentId(), form.date(),
                entry.getId() == null ? -1 : entry.getId());
        if (other.add(form.hours()).compareTo(DAY) > 0) {
            throw new DomainException("error.internship.dayFull", form.date().toString(),
                    DAY.subtract(other).max(BigDecimal.ZERO).stripTrailingZeros().toPlainString());
        }
        entry.record(form.date(), form.hours(), form.caseTypeId(), form.participation(), form.patientCode(),
                form.reflection());
    }

    private PlacementSummary summary(PlacementAccess.Seen seen, Locale locale) {
        Placement p = seen.placement();
        PlacementPeriod period = periods.findById(p.getPeriodId()).orElseThrow();
        Site site = sites.findById(seen.offer().getSiteId()).orElseThrow();
        return new PlacementSummary(p.getId(), person(p.getStudentId()).getFullName(), period.getName(),
                period.getStartsOn(), period.getEndsOn(), site.name(locale), site.getAddress(),
                person(seen.offer().getSupervisorId()).getFullName(),
                p.getAcademicSupervisorId() == null ? null : person(p.getAcademicSupervisorId()).getFullName(),
                entries.countByPlacementIdAndStatus(p.getId(), LogbookEntry.Status.PENDING),
                progress(p, period, locale), p.getCreditGrade(), seen.supervises(),
                seen.parts().contains(Part.SITE_SUPERVISOR), seen.parts().contains(Part.ACADEMIC_SUPERVISOR));
    }

    private Progress progress(Placement placement, PlacementPeriod period, Locale locale) {
        Requirement requirement = requirements.findById(period.getRequirementId()).orElseThrow();
        BigDecimal signedHours = BigDecimal.ZERO;
        BigDecimal pendingHours = BigDecimal.ZERO;
        Map<Long, int[]> byType = new HashMap<>();
        for (LogbookEntry e : entries.findByPlacementIdOrderByEntryDateDescIdDesc(placement.getId())) {
            boolean signed = e.getStatus() == LogbookEntry.Status.SIGNED;
            if (signed) {
                signedHours = signedHours.add(e.getHours());
            } else {
                pendingHours = pendingHours.add(e.getHours());
            }
            byType.computeIfAbsent(e.getCaseTypeId(), k -> new int[2])[signed ? 0 : 1]++;
        }
        Map<Long, String> names = caseTypeNames(locale);
        List<Progress.Measure> counts = new ArrayList<>();
        requirement.getMinimumCounts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(c -> {
            int[] n = byType.getOrDefault(c.getKey(), new int[2]);
            counts.add(new Progress.Measure(names.get(c.getKey()), BigDecimal.valueOf(n[0]), BigDecimal.valueOf(n[1]),
                    BigDecimal.valueOf(c.getValue())));
        });
        return new Progress(new Progress.Measure("hours", signedHours, pendingHours,
                BigDecimal.valueOf(requirement.getRequiredHours())), counts);
    }

    private PlacementAccess.Seen require(LogbookEntry entry, Part part) {
        try {
            return access.require(entry.getPlacementId(), part);
        } catch (NotFoundException e) {
            throw new NotFoundException("internship.record.entry", entry.getId());
        }
    }

    private LogbookEntry entry(long id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException("internship.record.entry", id));
    }

    private Map<Long, String> caseTypeNames(Locale locale) {
        Map<Long, String> names = new HashMap<>();
        caseTypes.findAll().forEach(c -> names.put(c.getId(), c.name(locale)));
        return names;
    }

    private Person person(long id) {
        return em.find(Person.class, id);
    }
}
