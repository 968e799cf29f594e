package org.cathedra.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.CurrentUser;
import org.cathedra.scheduling.internal.Participants;
import org.cathedra.scheduling.internal.RoomRepository;
import org.cathedra.scheduling.internal.SeriesRepository;
import org.cathedra.scheduling.internal.SessionRepository;
import org.cathedra.shared.AuditedChange;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.NotificationRequested;
import org.cathedra.shared.Roles;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timetable: the office places, moves, cancels and publishes sessions, every change checked against the
 * conflict rules on the server; teachers and students read their own published sessions.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional(readOnly = true)
public class TimetableService {

    /** The longest span whose drafts are published at once, in days. */
    public static final int PUBLISH_MAX_DAYS = 400;

    /** The longest weekly series, in occurrences. */
    public static final int MAX_OCCURRENCES = 40;

    private final SessionRepository sessions;
    private final SeriesRepository series;
    private final RoomRepository rooms;
    private final ConflictRules rules;
    private final Participants people;
    private final PeriodGrid grid;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonalTimetable personal;

    TimetableService(SessionRepository sessions, SeriesRepository series, RoomRepository rooms, ConflictRules rules, Participants people, PeriodGrid grid,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, PersonalTimetable personal) {
        this.sessions = sessions;
        this.series = series;
        this.rooms = rooms;
        this.rules = rules;
        this.people = people;
        this.grid = grid;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.personal = personal;
    }

    /** Every conflict the draft would cause, for each of its occurrences; {@code sessionId} is the one edited. */
    public List<Conflict> check(@Nullable Long sessionId, SessionDraft draft) {
        Room room = room(draft.roomId());
        LocalTime[] span = span(draft);
        Set<Long> excluded = sessionId == null ? Set.of() : Set.of(sessionId);
        List<Conflict> all = new ArrayList<>();
        for (LocalDate date : dates(draft, sessionId == null)) {
            all.addAll(rules.check(new ConflictRules.Placement(date, span[0], span[1], room,
                    draft.requiredFeature(), draft.teacherIds(), draft.cohorts(), draft.offeringId(),
                    draft.includeEnrolled(), excluded)));
        }
        return all;
    }

    /**
     * Creates the draft's session (or weekly series), or changes one session when {@code sessionId} is given.
     * Hard conflicts refuse the change unless the draft carries an override reason, which is recorded. Returns
     * the ids of the sessions written.
     */
    @Transactional
    public List<Long> save(@Nullable Long sessionId, long version, SessionDraft draft) {
        CourseOffering offering = people.offering(draft.offeringId());
        if (offering == null || !offering.isActive()) {
            throw new DomainException("error.session.offering");
        }
        if (draft.teacherIds().isEmpty()) {
            throw new DomainException("error.session.teachers");
        }
        if (!draft.includeEnrolled() && draft.cohorts().isEmpty()) {
            throw new DomainException("error.session.attendees");
        }
        String override = Text.optional(draft.overrideReason(), "session.overrideReason",
                TimetableSession.REASON_MAX);
        List<Conflict> conflicts = check(sessionId, draft);
        boolean hard = conflicts.stream().anyMatch(Conflict::hard);
        if (hard && override == null) {
            throw new DomainException("error.session.conflicts", conflicts.size());
        }
        SessionDraft accepted = draft.overriding(hard ? override : null);
        LocalTime[] span = span(draft);
        List<TimetableSession> written = new ArrayList<>();
        if (sessionId == null) {
            List<LocalDate> dates = dates(draft, true);
            Long seriesId = null;
            if (dates.size() > 1) {
                seriesId = series.save(new TimetableSeries(draft.offeringId(), dates.getFirst(), dates.getLast()))
                        .getId();
            }
            for (LocalDate date : dates) {
                written.add(sessions.save(new TimetableSession(draft.offeringId(), seriesId, accepted, date, span,
                        clock.instant())));
            }
            sessions.flush();
            written.forEach(s -> audit(s, "created", null, hard ? override : null));
        } else {
            TimetableSession session = edited(sessionId, version);
            if (session.getOfferingId() != draft.offeringId()) {
                throw new DomainException("error.session.offeringFixed");
            }
            String before = session.describe();
            Set<Long> audienceBefore = audience(session);
            session.apply(accepted, draft.date(), span, clock.instant());
            boolean published = draft.publish() && session.publish(clock.instant());
            sessions.flush();
            audit(session, published ? "published" : "changed", before, hard ? override : null);
            if (session.isPublished() && !published && !before.equals(session.describe())) {
                Set<Long> told = new HashSet<>(audienceBefore);
                told.addAll(audience(session));
                tell(session, told, "changed");
            }
            written.add(session);
        }
        if (hard) {
            for (TimetableSession s : written) {
                events.publishEvent(new AuditedChange("timetable_session", String.valueOf(s.getId()),
                        "conflict.overridden", actor(), null, describe(conflicts), override, clock.instant()));
            }
        }
        return written.stream().map(TimetableSession::getId).toList();
    }

    /** Cancels one session (one occurrence of a series); the people of a published one are told. */
    @Transactional
    public void cancel(long sessionId, long version) {
        TimetableSession session = edited(sessionId, version);
        if (session.isCancelled()) {
            return;
        }
        String before = session.describe();
        session.cancel(clock.instant());
        sessions.flush();
        audit(session, "cancelled", before, null);
        if (session.isPublished()) {
            tell(session, audience(session), "cancelled");
        }
    }

    /** Publishes every draft session of an offering; returns how many. Drafts with hard conflicts are refused. */
    @Transactional
    public int publishDrafts(long offeringId) {
        List<TimetableSession> drafts = sessions.findByOfferingIdAndPublishedFalse(offeringId).stream()
                .filter(s -> !s.isCancelled()).toList();
        List<Conflict> conflicts = conflicts(drafts);
        if (!conflicts.isEmpty()) {
            throw new DomainException("error.publish.conflicts", conflicts.size());
        }
        drafts.forEach(s -> publish(s, null));
        return drafts.size();
    }

    /** What publishing every draft between two dates would do: how many sessions, and their hard conflicts. */
    public PublishPlan publishPlan(LocalDate from, LocalDate to) {
        List<TimetableSession> drafts = sessions.draftsBetween(from, checkedEnd(from, to));
        return new PublishPlan(drafts.size(), conflicts(drafts));
    }

    /**
     * Publishes every draft (cancelled ones aside) between two dates, all or none. As for one session, hard
     * conflicts are refused unless an override reason is given, which is recorded on each conflicting session. Also
     * refused when the drafts are no longer the {@code expected} number the office confirmed. Returns how many.
     */
    @Transactional
    public int publishAll(LocalDate from, LocalDate to, int expected, @Nullable String overrideReason) {
        List<TimetableSession> drafts = sessions.draftsBetween(from, checkedEnd(from, to));
        if (drafts.size() != expected) {
            throw new DomainException("error.publish.changed", drafts.size());
        }
        String override = Text.optional(overrideReason, "session.overrideReason", TimetableSession.REASON_MAX);
        Map<Long, List<Conflict>> bySession = new java.util.LinkedHashMap<>();
        for (TimetableSession s : drafts) {
            List<Conflict> found = rules.check(placement(s));
            if (!found.isEmpty()) {
                bySession.put(s.getId(), found);
            }
        }
        if (!bySession.isEmpty() && override == null) {
            throw new DomainException("error.publish.conflicts",
                    bySession.values().stream().mapToInt(List::size).sum());
        }
        for (TimetableSession s : drafts) {
            List<Conflict> found = bySession.get(s.getId());
            publish(s, found == null ? null : override);
            if (found != null) {
                events.publishEvent(new AuditedChange("timetable_session", String.valueOf(s.getId()),
                        "conflict.overridden", actor(), null, describe(found), override, clock.instant()));
            }
        }
        sessions.flush();
        return drafts.size();
    }

    private void publish(TimetableSession s, @Nullable String override) {
        String before = s.describe();
        if (override != null) {
            s.override(override);
        }
        if (s.publish(clock.instant())) {
            audit(s, "published", before, override);
        }
    }

    private List<Conflict> conflicts(List<TimetableSession> drafts) {
        return drafts.stream().flatMap(s -> rules.check(placement(s)).stream()).toList();
    }

    private ConflictRules.Placement placement(TimetableSession s) {
        Room room = rooms.findById(s.getRoomId()).orElseThrow();
        return new ConflictRules.Placement(s.getDate(), s.getStartsAt(), s.getEndsAt(), room, s.getRequiredFeature(),
                s.getTeacherIds(), s.getCohorts(), s.getOfferingId(), s.isIncludeEnrolled(), Set.of(s.getId()));
    }

    private static LocalDate checkedEnd(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(PUBLISH_MAX_DAYS).isBefore(to)) {
            throw new DomainException("error.publish.range", PUBLISH_MAX_DAYS);
        }
        return to;
    }

    /** Terms, latest first, to publish a term's drafts at once. */
    public List<TermChoice> terms() {
        return people.terms().stream().map(t -> new TermChoice(t.getId(), t.getAcademicYearLabel(),
                t.getPart().name(), t.getStartsOn(), t.getEndsOn())).toList();
    }

    /** Pins a session where it is, so that automatic timetabling never moves it, or unpins it. */
    @Transactional
    public void pin(long sessionId, long version, boolean pinned) {
        TimetableSession session = edited(sessionId, version);
        if (session.pin(pinned, clock.instant())) {
            sessions.flush();
            audit(session, pinned ? "pinned" : "unpinned", null, null);
        }
    }

    /**
     * Moves sessions in one transaction, as an automatic timetable proposes: each must be unchanged since
     * {@code version}, not cancelled and not pinned, and none may end in a hard conflict (checked once all have
     * moved); otherwise nothing moves. The people of published sessions are told. Returns how many moved.
     */
    @Transactional
    public int move(List<SessionMove> moves, String reason) {
        List<TimetableSession> moved = new ArrayList<>();
        List<SessionDraft> drafts = new ArrayList<>();
        List<String> before = new ArrayList<>();
        List<Set<Long>> audienceBefore = new ArrayList<>();
        for (SessionMove m : moves) {
            TimetableSession s = sessions.findById(m.sessionId())
                    .orElseThrow(() -> new DomainException("solve.error.stale"));
            if (s.getVersion() != m.version() || s.isCancelled() || s.getStartPeriod() == null) {
                throw new DomainException("solve.error.stale");
            }
            if (s.isPinned()) {
                throw new DomainException("solve.error.pinned");
            }
            room(m.roomId());
            int hours = grid.periodAt(s.getEndsAt().minusMinutes(1)) - s.getStartPeriod() + 1;
            SessionDraft draft = new SessionDraft(s.getOfferingId(), s.getKind(), m.date(), m.startPeriod(), hours,
                    null, null, m.roomId(), s.getRequiredFeature(), s.getTeacherIds(), s.getCohorts(),
                    s.isIncludeEnrolled(), null, false, null);
            before.add(s.describe());
            audienceBefore.add(audience(s));
            s.apply(draft, m.date(), grid.span(m.startPeriod(), hours), clock.instant());
            moved.add(s);
            drafts.add(draft);
        }
        sessions.flush();
        long hard = 0;
        for (int i = 0; i < moved.size(); i++) {
            hard += check(moved.get(i).getId(), drafts.get(i)).stream().filter(Conflict::hard).count();
        }
        if (hard > 0) {
            throw new DomainException("solve.error.conflicts", hard);
        }
        for (int i = 0; i < moved.size(); i++) {
            TimetableSession s = moved.get(i);
            audit(s, "moved", before.get(i), reason);
            if (s.isPublished() && !before.get(i).equals(s.describe())) {
                Set<Long> told = new HashSet<>(audienceBefore.get(i));
                told.addAll(audience(s));
                tell(s, told, "changed");
            }
        }
        return moved.size();
    }

    /** One session as the roster shows it: to its teachers and to the office. */
    @PreAuthorize(Roles.IS_TEACHER_OR_ADMIN)
    public SessionView session(long sessionId) {
        SessionView view = views(List.of(sessions.findById(sessionId)
                .orElseThrow(() -> new NotFoundException("scheduling.record.session", sessionId)))).getFirst();
        CathedraUser user = currentUser.require();
        if (!user.is(org.cathedra.directory.UserAccount.Role.ADMIN) && !view.teacherIds().contains(user.personId())) {
            throw new DomainException("error.attendance.notYours");
        }
        return view;
    }

    /** The course of an offering. */
    public long courseOf(long offeringId) {
        CourseOffering offering = people.offering(offeringId);
        if (offering == null) {
            throw new NotFoundException("scheduling.record.offering", offeringId);
        }
        return offering.getCourse().getId();
    }

    /** One session, for the editor. */
    public SessionView get(long sessionId) {
        return views(List.of(sessions.findById(sessionId)
                .orElseThrow(() -> new NotFoundException("scheduling.record.session", sessionId)))).getFirst();
    }

    /** Sessions (drafts and cancelled ones included) in a room between two dates. */
    public List<SessionView> ofRoom(long roomId, LocalDate from, LocalDate to) {
        return views(sessions.ofRoom(roomId, from, to));
    }

    /** Sessions of a teacher between two dates. */
    public List<SessionView> ofTeacher(long teacherId, LocalDate from, LocalDate to) {
        return views(sessions.ofTeacher(teacherId, from, to));
    }

    /** Sessions a cohort attends (by name, or through its members' enrollments) between two dates. */
    public List<SessionView> ofGroup(String cohort, LocalDate from, LocalDate to) {
        List<Long> offerings = people.members(Set.of(cohort)).stream()
                .flatMap(s -> people.offeringsOf(s).stream()).distinct().toList();
        return views(sessions.ofGroupOrOfferings(cohort, nonEmpty(offerings), from, to));
    }

    /** The signed-in teacher's or student's published sessions between two dates, cancelled ones marked. */
    @PreAuthorize(Roles.ANY)
    public List<SessionView> mine(LocalDate from, LocalDate to) {
        Long personId = currentUser.require().personId();
        return personId == null ? List.of() : views(personal.of(personId, from, to));
    }

    /** The institute's period grid. */
    @PreAuthorize(Roles.ANY)
    public PeriodGrid grid() {
        return grid;
    }

    /** Active offerings to schedule, labelled in {@code locale}. */
    public List<OfferingChoice> offerings(Locale locale) {
        return people.activeOfferings().stream().map(o -> new OfferingChoice(o.getId(),
                o.getCourse().getCode() + "/" + o.getSection() + " · " + o.getCourse().name(locale) + " · "
                        + o.getTerm().getAcademicYearLabel(),
                o.getTerm().getStartsOn(), o.getTerm().getEndsOn(),
                o.getTeachers().stream().map(t -> t.getId()).collect(java.util.stream.Collectors.toSet())))
                .toList();
    }

    /** Active teachers to choose from. */
    public List<Choice> teachers() {
        return people.teachers().stream().map(t -> new Choice(t.getId(), t.getFullName())).toList();
    }

    /** Cohort names to choose from. */
    public List<String> cohorts() {
        return people.cohorts();
    }

    private TimetableSession edited(long sessionId, long version) {
        TimetableSession session = sessions.findById(sessionId)
                .orElseThrow(() -> new NotFoundException("scheduling.record.session", sessionId));
        if (session.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(TimetableSession.class, sessionId);
        }
        return session;
    }

    private Room room(long roomId) {
        Room room = rooms.findById(roomId).orElseThrow(() -> new DomainException("error.session.room"));
        if (!room.isActive()) {
            throw new DomainException("error.session.room");
        }
        return room;
    }

    private LocalTime[] span(SessionDraft draft) {
        if (draft.startPeriod() != null) {
            return grid.span(draft.startPeriod(), draft.hours());
        }
        if (draft.startsAt() == null || draft.endsAt() == null || !draft.endsAt().isAfter(draft.startsAt())) {
            throw new DomainException("error.session.times");
        }
        return new LocalTime[] {draft.startsAt(), draft.endsAt()};
    }

    private static List<LocalDate> dates(SessionDraft draft, boolean series) {
        LocalDate until = draft.weeklyUntil();
        if (!series || until == null) {
            return List.of(draft.date());
        }
        if (until.isBefore(draft.date())) {
            throw new DomainException("error.session.series", MAX_OCCURRENCES);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = draft.date(); !d.isAfter(until); d = d.plusWeeks(1)) {
            dates.add(d);
        }
        if (dates.size() > MAX_OCCURRENCES) {
            throw new DomainException("error.session.series", MAX_OCCURRENCES);
        }
        return dates;
    }

    /** Everyone a session concerns: its teachers and its attendees. */
    private Set<Long> audience(TimetableSession s) {
        Set<Long> all = new HashSet<>(s.getTeacherIds());
        all.addAll(people.members(s.getCohorts()));
        if (s.isIncludeEnrolled()) {
            all.addAll(people.enrolled(s.getOfferingId()));
        }
        return all;
    }

    private void tell(TimetableSession s, Collection<Long> personIds, String what) {
        CourseOffering o = people.offering(s.getOfferingId());
        String course = o == null ? "" : o.getCourse().getCode() + " " + o.getCourse().getNameEn();
        Room room = rooms.findById(s.getRoomId()).orElseThrow();
        List<String> args = List.of(course, s.getDate().toString(), s.getStartsAt() + "–" + s.getEndsAt(),
                room.getCode());
        for (long person : personIds.stream().sorted().toList()) {
            events.publishEvent(new NotificationRequested(person, "session.notice." + what + ".subject",
                    "session.notice." + what + ".body", args, "timetable"));
        }
    }

    private void audit(TimetableSession s, String action, @Nullable String before, @Nullable String reason) {
        events.publishEvent(new AuditedChange("timetable_session", String.valueOf(s.getId()), action, actor(),
                before, s.describe(), reason, clock.instant()));
    }

    private @Nullable String actor() {
        return currentUser.get().map(CathedraUser::username).orElse(null);
    }

    private static String describe(List<Conflict> conflicts) {
        return String.join("; ", conflicts.stream().map(c -> c.kind() + " " + c.arguments()).toList());
    }

    private static List<Long> nonEmpty(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private List<SessionView> views(List<TimetableSession> found) {
        Set<Long> offeringIds = new HashSet<>();
        Set<Long> teacherIds = new HashSet<>();
        Set<Long> roomIds = new HashSet<>();
        for (TimetableSession s : found) {
            offeringIds.add(s.getOfferingId());
            teacherIds.addAll(s.getTeacherIds());
            roomIds.add(s.getRoomId());
        }
        Map<Long, CourseOffering> offerings = people.offerings(offeringIds);
        Map<Long, String> names = people.names(teacherIds);
        Map<Long, Room> roomsById = new java.util.HashMap<>();
        rooms.findAllById(roomIds).forEach(r -> roomsById.put(r.getId(), r));
        return found.stream().map(s -> {
            CourseOffering o = offerings.get(s.getOfferingId());
            int hours = s.getStartPeriod() == null ? 0
                    : grid.periodAt(s.getEndsAt().minusMinutes(1)) - s.getStartPeriod() + 1;
            return new SessionView(s.getId(), s.getVersion(), s.getOfferingId(), o.getCourse().getCode(),
                    o.getCourse().getNameRu(), o.getCourse().getNameEn(), o.getSection(), s.getKind(), s.getDate(),
                    s.getStartsAt(), s.getEndsAt(), s.getStartPeriod(), hours, s.getRoomId(),
                    roomsById.get(s.getRoomId()).getCode(),
                    s.getTeacherIds().stream().map(names::get).sorted().toList(), s.getTeacherIds(), s.getCohorts(),
                    s.isIncludeEnrolled(), s.getRequiredFeature(), s.isPublished(), s.isCancelled(), s.isMoved(),
                    s.getSeriesId(), s.getOverrideReason(), s.getSequence());
        }).toList();
    }

    /** An offering to schedule; its term's dates and its teachers fill the editor. */
    public record OfferingChoice(long id, String label, LocalDate termStarts, LocalDate termEnds,
            Set<Long> teacherIds) {
    }

    /**
     * What "publish all drafts" would publish: how many sessions, and the hard conflicts among them (each clash
     * of two drafts is seen from both).
     */
    public record PublishPlan(int drafts, List<Conflict> conflicts) {

        public PublishPlan {
            conflicts = List.copyOf(conflicts);
        }
    }

    /** A term to choose; {@code part} is the name of a {@code Term.Part}. */
    public record TermChoice(long id, String year, String part, LocalDate startsOn, LocalDate endsOn) {
    }

    /** Someone or something to pick, by id. */
    public record Choice(long id, String label) {
    }
}
