package org.cathedra.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.CurrentUser;
import org.cathedra.directory.UserAccount;
import org.cathedra.scheduling.AttendanceMark.Mark;
import org.cathedra.scheduling.internal.AttendanceRepository;
import org.cathedra.scheduling.internal.Participants;
import org.cathedra.scheduling.internal.RuleRepository;
import org.cathedra.scheduling.internal.SessionRepository;
import org.cathedra.shared.AuditedChange;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance: a session's teachers (or the office) mark each attendee present, late, absent or excused. A student
 * who enrolled after a session ended is "not enrolled yet" for it, never absent. Totals count present and late as
 * attended, out of the sessions due less the excused ones; the office sets a minimum per course.
 */
@Service
@PreAuthorize(Roles.IS_TEACHER_OR_ADMIN)
@Transactional(readOnly = true)
public class AttendanceService {

    private final AttendanceRepository marks;
    private final RuleRepository rules;
    private final SessionRepository sessions;
    private final Participants people;
    private final CurrentUser currentUser;
    private final InstituteSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttendanceService(AttendanceRepository marks, RuleRepository rules, SessionRepository sessions,
            Participants people, CurrentUser currentUser, InstituteSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.marks = marks;
        this.rules = rules;
        this.sessions = sessions;
        this.people = people;
        this.currentUser = currentUser;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** The roster of a session the caller teaches (or any, for the office), by name. */
    public List<RosterLine> roster(long sessionId) {
        TimetableSession session = taught(sessionId);
        Map<Long, Mark> marked = marks.findBySessionId(sessionId).stream()
                .collect(Collectors.toMap(AttendanceMark::getStudentId, AttendanceMark::getMark));
        Set<Long> members = people.members(session.getCohorts());
        Map<Long, Instant> enrolled = session.isIncludeEnrolled() ? people.enrolledSince(session.getOfferingId())
                : Map.of();
        Instant ended = session.getDate().atTime(session.getEndsAt()).atZone(settings.zone()).toInstant();
        Set<Long> all = new HashSet<>(members);
        all.addAll(enrolled.keySet());
        Map<Long, String> names = people.names(all);
        return all.stream().map(id -> new RosterLine(id, names.get(id), marked.get(id),
                        !members.contains(id) && enrolled.get(id).isAfter(ended)))
                .sorted(Comparator.comparing(RosterLine::name)).toList();
    }

    /** Marks one attendee of a session that has taken place or is taking place. */
    @Transactional
    public void mark(long sessionId, long studentId, Mark mark) {
        TimetableSession session = taught(sessionId);
        if (session.isCancelled()) {
            throw new DomainException("error.attendance.cancelled");
        }
        RosterLine line = roster(sessionId).stream().filter(l -> l.studentId() == studentId).findFirst()
                .orElseThrow(() -> new DomainException("error.attendance.notAttendee"));
        if (line.notEnrolledYet()) {
            throw new DomainException("error.attendance.notEnrolledYet");
        }
        String actor = currentUser.get().map(CathedraUser::username).orElse(null);
        AttendanceMark row = marks.findBySessionIdAndStudentId(sessionId, studentId).orElse(null);
        String before = row == null ? null : row.getMark().name();
        if (row == null) {
            marks.save(new AttendanceMark(sessionId, studentId, mark, clock.instant(), actor));
        } else {
            row.set(mark, clock.instant(), actor);
        }
        events.publishEvent(new AuditedChange("attendance", sessionId + "/" + studentId, "marked", actor, before,
                mark.name(), null, clock.instant()));
    }

    /** Each attendee's totals over the offering's sessions held so far, lowest attendance first. */
    public List<Totals> totals(long offeringId) {
        CourseOffering offering = people.offering(offeringId);
        if (offering == null) {
            throw new NotFoundException("scheduling.record.offering", offeringId);
        }
        CathedraUser user = currentUser.require();
        if (!user.is(UserAccount.Role.ADMIN) && !offering.isTaughtBy(user.personId())) {
            throw new DomainException("error.attendance.notYours");
        }
        List<TimetableSession> held = sessions.heldBy(offeringId, today());
        Map<Long, int[]> counts = new HashMap<>();
        for (TimetableSession s : held) {
            Map<Long, Mark> marked = marks.findBySessionId(s.getId()).stream()
                    .collect(Collectors.toMap(AttendanceMark::getStudentId, AttendanceMark::getMark));
            for (RosterLine line : linesOf(s)) {
                if (line.notEnrolledYet()) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(line.studentId(), k -> new int[5]);
                Mark m = marked.get(line.studentId());
                c[m == null ? 4 : m.ordinal()]++;
            }
        }
        Map<Long, String> names = people.names(counts.keySet());
        Integer minimum = rules.findById(offering.getCourse().getId()).map(AttendanceRule::getMinimumPercent)
                .orElse(null);
        return counts.entrySet().stream().map(e -> Totals.of(e.getKey(), names.get(e.getKey()),
                offering.getCourse().getCode(), e.getValue(), minimum))
                .sorted(Comparator.comparingInt(Totals::percent).thenComparing(Totals::name)).toList();
    }

    /** The attendees of the offering below its course's minimum attendance. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<Totals> below(long offeringId) {
        return totals(offeringId).stream().filter(Totals::belowMinimum).toList();
    }

    /** Sets the minimum share of a course's sessions to attend, 1 to 100 per cent. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void setMinimum(long courseId, int percent) {
        AttendanceRule rule = rules.findById(courseId).orElse(null);
        if (rule == null) {
            rules.save(new AttendanceRule(courseId, percent));
        } else {
            rule.require(percent);
        }
    }

    /** The signed-in student's totals per course, over the sessions held so far. */
    @PreAuthorize("hasRole('" + Roles.STUDENT + "')")
    public List<Totals> mine() {
        long me = currentUser.requirePersonId();
        // the rule of the roster (linesOf), for this one student: due at a held session of a cohort they belong to,
        // or of an offering they held a seat in by the session's end; read once, not session by session, and only
        // the columns the count needs
        org.cathedra.directory.Student student = people.student(me);
        String cohort = student != null && student.isActive() ? student.getCohort() : null;
        Map<Long, Instant> seatedSince = people.seatedSince(me);
        LocalDate from = today().minusYears(1);
        LocalDate to = today();
        Map<Long, SessionRepository.Held> due = new HashMap<>();
        if (cohort != null) {
            sessions.heldForCohort(cohort, from, to).forEach(h -> due.put(h.id(), h));
        }
        if (!seatedSince.isEmpty()) {
            for (SessionRepository.Held h : sessions.heldForSeats(seatedSince.keySet(), from, to)) {
                Instant ended = h.date().atTime(h.endsAt()).atZone(settings.zone()).toInstant();
                if (!seatedSince.get(h.offeringId()).isAfter(ended)) {
                    due.put(h.id(), h);
                }
            }
        }
        Map<Long, Mark> marked = marks.findByStudentId(me).stream()
                .collect(Collectors.toMap(AttendanceMark::getSessionId, AttendanceMark::getMark));
        Map<Long, int[]> byOffering = new HashMap<>();
        for (SessionRepository.Held h : due.values()) {
            Mark m = marked.get(h.id());
            byOffering.computeIfAbsent(h.offeringId(), k -> new int[5])[m == null ? 4 : m.ordinal()]++;
        }
        Map<Long, CourseOffering> offerings = people.offerings(byOffering.keySet());
        List<Totals> totals = new ArrayList<>();
        byOffering.forEach((offeringId, c) -> {
            CourseOffering o = offerings.get(offeringId);
            Integer minimum = rules.findById(o.getCourse().getId()).map(AttendanceRule::getMinimumPercent)
                    .orElse(null);
            totals.add(Totals.of(me, o.getCourse().getCode() + " " + o.getCourse().getNameEn(),
                    o.getCourse().getCode(), c, minimum));
        });
        return totals.stream().sorted(Comparator.comparing(Totals::courseCode)).toList();
    }

    private List<RosterLine> linesOf(TimetableSession s) {
        Set<Long> members = people.members(s.getCohorts());
        Map<Long, Instant> enrolled = s.isIncludeEnrolled() ? people.enrolledSince(s.getOfferingId()) : Map.of();
        Instant ended = s.getDate().atTime(s.getEndsAt()).atZone(settings.zone()).toInstant();
        Set<Long> all = new HashSet<>(members);
        all.addAll(enrolled.keySet());
        return all.stream().map(id -> new RosterLine(id, "", null,
                !members.contains(id) && enrolled.get(id).isAfter(ended))).toList();
    }

    private TimetableSession taught(long sessionId) {
        TimetableSession session = sessions.findById(sessionId)
                .orElseThrow(() -> new NotFoundException("scheduling.record.session", sessionId));
        CathedraUser user = currentUser.require();
        if (!user.is(UserAccount.Role.ADMIN) && !session.getTeacherIds().contains(user.personId())) {
            throw new DomainException("error.attendance.notYours");
        }
        return session;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    /** One attendee of a session: their mark, if any, or "not enrolled yet" when they joined after it. */
    public record RosterLine(long studentId, String name, @Nullable Mark mark, boolean notEnrolledYet) {
    }

    /** Attendance totals of one student in one course; {@code percent} counts present and late. */
    public record Totals(long studentId, String name, String courseCode, int present, int late, int absent,
            int excused, int unmarked, int percent, @Nullable Integer minimum) {

        static Totals of(long studentId, String name, String courseCode, int[] c, @Nullable Integer minimum) {
            int due = c[0] + c[1] + c[2] + c[4];
            int percent = due == 0 ? 100 : (c[0] + c[1]) * 100 / due;
            return new Totals(studentId, name, courseCode, c[0], c[1], c[2], c[3], c[4], percent, minimum);
        }

        public boolean belowMinimum() {
            return minimum != null && percent < minimum;
        }
    }
}
