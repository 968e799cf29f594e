package org.cathedra.scheduling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.CurrentUser;
import org.cathedra.directory.UserAccount;
import org.cathedra.scheduling.TeacherUnavailability.Recurrence;
import org.cathedra.scheduling.internal.Participants;
import org.cathedra.scheduling.internal.UnavailabilityRepository;
import org.cathedra.shared.AuditedChange;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When teachers cannot teach: the office keeps any teacher's entries, a teacher their own. Another teacher's
 * entries look to a teacher as if they did not exist. Every change is audited; the conflict rules read the entries.
 */
@Service
@PreAuthorize(Roles.IS_TEACHER_OR_ADMIN)
@Transactional(readOnly = true)
public class UnavailabilityService {

    private final UnavailabilityRepository entries;
    private final Participants people;
    private final PeriodGrid grid;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnavailabilityService(UnavailabilityRepository entries, Participants people, PeriodGrid grid,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.people = people;
        this.grid = grid;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The teachers whose entries the caller may keep: every active teacher for the office, else oneself. */
    public List<TimetableService.Choice> teachers() {
        CathedraUser user = currentUser.require();
        if (user.is(UserAccount.Role.ADMIN)) {
            return people.teachers().stream().map(t -> new TimetableService.Choice(t.getId(), t.getFullName()))
                    .toList();
        }
        Long me = user.personId();
        if (me == null || !people.isTeacher(me)) {
            return List.of();
        }
        return List.of(new TimetableService.Choice(me, people.names(List.of(me)).get(me)));
    }

    /** A teacher's entries, weekly ones first. */
    public List<Entry> of(long teacherId) {
        return entries.ofTeacher(allowed(teacherId)).stream().map(this::entry).toList();
    }

    /** Records a new entry for a teacher; returns its id. */
    @Transactional
    public long add(long teacherId, Draft draft) {
        TeacherUnavailability u = shape(TeacherUnavailability.of(allowed(teacherId)), draft);
        refuseDuplicate(u, null);
        entries.saveAndFlush(u);
        audit(u, "created", null);
        return u.getId();
    }

    /** Changes an entry. */
    @Transactional
    public void change(long id, long version, Draft draft) {
        TeacherUnavailability u = owned(id, version);
        String before = u.describe();
        shape(u, draft);
        refuseDuplicate(u, id);
        entries.flush();
        audit(u, "changed", before);
    }

    /** Removes an entry. */
    @Transactional
    public void remove(long id, long version) {
        TeacherUnavailability u = owned(id, version);
        String before = u.describe();
        entries.delete(u);
        entries.flush();
        events.publishEvent(new AuditedChange("teacher_unavailability", String.valueOf(id), "removed", actor(),
                before, null, null, clock.instant()));
    }

    /** Gives {@code u} the draft's time and reason, refusing what does not fit the period grid. */
    private TeacherUnavailability shape(TeacherUnavailability u, Draft d) {
        String reason = Text.required(d.reason(), "unavailability.reason", TeacherUnavailability.REASON_MAX);
        if (d.firstPeriod() < 1 || d.lastPeriod() > grid.periods() || d.lastPeriod() < 1
                || d.firstPeriod() > grid.periods()) {
            throw new DomainException("error.unavailability.periods", grid.periods());
        }
        if (d.recurrence() == Recurrence.WEEKLY) {
            if (d.weekday() == null) {
                throw new DomainException("error.required", "unavailability.weekday");
            }
            u.weekly(d.weekday(), d.firstPeriod(), d.lastPeriod(), reason);
        } else {
            if (d.from() == null || d.until() == null) {
                throw new DomainException("error.required", "unavailability.dates");
            }
            u.during(d.from().atTime(grid.start(d.firstPeriod())), d.until().atTime(grid.end(d.lastPeriod())),
                    reason);
        }
        return u;
    }

    private void refuseDuplicate(TeacherUnavailability u, @Nullable Long self) {
        for (TeacherUnavailability other : entries.ofTeacher(u.getTeacherId())) {
            if (!Objects.equals(other.getId(), self) && u.overlaps(other)) {
                throw new DomainException("error.unavailability.overlap", other.getReason() == null ? "—"
                        : other.getReason());
            }
        }
    }

    /** The teacher id if the caller may keep that teacher's entries; otherwise the teacher "does not exist". */
    private long allowed(long teacherId) {
        CathedraUser user = currentUser.require();
        boolean mine = Objects.equals(user.personId(), teacherId);
        if (!(user.is(UserAccount.Role.ADMIN) || mine) || !people.isTeacher(teacherId)) {
            throw new NotFoundException("scheduling.record.teacher", teacherId);
        }
        return teacherId;
    }

    private TeacherUnavailability owned(long id, long version) {
        TeacherUnavailability u = entries.findById(id)
                .orElseThrow(() -> new NotFoundException("scheduling.record.unavailability", id));
        try {
            allowed(u.getTeacherId());
        } catch (NotFoundException e) {
            throw new NotFoundException("scheduling.record.unavailability", id);
        }
        if (u.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(TeacherUnavailability.class, id);
        }
        return u;
    }

    private Entry entry(TeacherUnavailability u) {
        if (u.getRecurrence() == Recurrence.WEEKLY) {
            return new Entry(u.getId(), u.getVersion(), u.getTeacherId(), Recurrence.WEEKLY, u.getWeekday(), null,
                    null, u.getFirstPeriod(), u.getLastPeriod(), u.getReason());
        }
        Integer first = grid.periodStartingAt(u.getStartsAt().toLocalTime());
        Integer last = grid.all().stream().filter(p -> grid.end(p).equals(u.getEndsAt().toLocalTime())).findFirst()
                .orElse(null);
        return new Entry(u.getId(), u.getVersion(), u.getTeacherId(), Recurrence.DATES, null, u.getStartsAt(),
                u.getEndsAt(), first == null ? 1 : first, last == null ? grid.periods() : last, u.getReason());
    }

    private void audit(TeacherUnavailability u, String action, @Nullable String before) {
        events.publishEvent(new AuditedChange("teacher_unavailability", String.valueOf(u.getId()), action, actor(),
                before, u.describe(), null, clock.instant()));
    }

    private @Nullable String actor() {
        return currentUser.get().map(CathedraUser::username).orElse(null);
    }

    /**
     * What the editor sends: every week on {@code weekday}, or from {@code from} to {@code until}; in both cases
     * from the start of academic hour {@code firstPeriod} to the end of {@code lastPeriod}.
     */
    public record Draft(Recurrence recurrence, @Nullable DayOfWeek weekday, @Nullable LocalDate from,
            @Nullable LocalDate until, int firstPeriod, int lastPeriod, @Nullable String reason) {

        public static Draft weekly(DayOfWeek day, int firstPeriod, int lastPeriod, String reason) {
            return new Draft(Recurrence.WEEKLY, day, null, null, firstPeriod, lastPeriod, reason);
        }

        public static Draft dates(LocalDate from, int firstPeriod, LocalDate until, int lastPeriod, String reason) {
            return new Draft(Recurrence.DATES, null, from, until, firstPeriod, lastPeriod, reason);
        }
    }

    /**
     * One entry as the screen lists it. For a span of dates {@code startsAt}/{@code endsAt} are exact and the
     * periods are those they fall on (the whole day for a span that does not follow the grid).
     */
    public record Entry(long id, long version, long teacherId, Recurrence recurrence, @Nullable DayOfWeek weekday,
            @Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt, int firstPeriod, int lastPeriod,
            @Nullable String reason) {

        /** The entry as a draft, to edit. */
        public Draft toDraft() {
            return new Draft(recurrence, weekday, startsAt == null ? null : startsAt.toLocalDate(),
                    endsAt == null ? null : endsAt.toLocalDate(), firstPeriod, lastPeriod, reason);
        }
    }
}
