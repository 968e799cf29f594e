package org.cathedra.enrollment.internal;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cathedra.enrollment.Enrollment;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Lets a student into an offering, by whichever path: the programme and prerequisite rules, then a seat (or a
 * waitlist place, or an application), then the audit record. Windows and roles are the callers' business.
 *
 * <p>Everything the rules need is read in one statement ({@link #facts}); the seat itself is then taken by the one
 * conditional UPDATE of {@link SeatLedger#take}, so a registration rush costs a read, an update and two inserts per
 * enrollment.
 *
 * <p>Prerequisites, kept simple: each prerequisite course of the offering's course must have an ENROLLED
 * enrollment of the student in an offering whose term starts before this offering's term.
 */
@Component
public class Admission {

    // the window that applies is the offering's own (the latest), else its term's (the latest); one row per asked
    // (student, offering) pair whose offering exists, the pairs given as a derived table of bound values
    private static final String FACTS = """
            select r.sid, r.oid, s.id, s.programme_id, o.active, c.code,
              timestampdiff(microsecond, '1970-01-01', w.opens_at) as opens_at,
              timestampdiff(microsecond, '1970-01-01', w.closes_at) as closes_at,
              exists (select 1 from curriculum_entry ce
                      where ce.programme_id = s.programme_id and ce.course_id = o.course_id) as in_curriculum,
              (select group_concat(pc.code order by pc.code separator ', ')
               from course_prerequisite p join course pc on pc.id = p.prerequisite_id
               where p.course_id = o.course_id and not exists (
                 select 1 from enrollment pe join course_offering po on po.id = pe.offering_id
                 join term pt on pt.id = po.term_id
                 where pe.student_id = s.id and pe.status = 'ENROLLED' and po.course_id = p.prerequisite_id
                   and pt.starts_on < t.starts_on)) as missing,
              e.id as enrollment_id, os.by_application,
              exists (select 1 from enrollment q
                      where q.offering_id = o.id and q.status = 'WAITLISTED') as someone_waits
            from (%s) r
            join course_offering o on o.id = r.oid
            join course c on c.id = o.course_id
            join term t on t.id = o.term_id
            join offering_seats os on os.offering_id = o.id
            left join student s on s.id = r.sid
            left join enrollment e on e.student_id = s.id and e.offering_id = o.id
            left join enrollment_window w on w.id = coalesce(
              (select max(ow.id) from enrollment_window ow where ow.offering_id = o.id),
              (select max(tw.id) from enrollment_window tw where tw.term_id = o.term_id and tw.offering_id is null))""";

    // the statement for n pairs, made once per n (up to a group's largest): the text is the driver's cache key
    private static final String[] FOR_PAIRS = new String[GroupAdmission.MOST + 1];

    private static String forPairs(int n) {
        String sql = n <= GroupAdmission.MOST ? FOR_PAIRS[n] : null;
        if (sql == null) {
            sql = FACTS.formatted(String.join(" union all ", Collections.nCopies(n, "select ? as sid, ? as oid")));
            if (n <= GroupAdmission.MOST) {
                FOR_PAIRS[n] = sql;
            }
        }
        return sql;
    }

    private final EntityManager em;
    private final TxConnection connection;
    private final SeatLedger seats;
    private final Journal journal;
    private final Clock clock;

    Admission(EntityManager em, TxConnection connection, SeatLedger seats, Journal journal, Clock clock) {
        this.em = em;
        this.connection = connection;
        this.seats = seats;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * What admitting the student to the offering depends on, read in one statement: refused as not found when either
     * does not exist.
     */
    public Facts facts(long studentId, long offeringId) {
        Facts facts = factsOf(List.of(new Pair(studentId, offeringId))).get(new Pair(studentId, offeringId));
        if (facts == null) {
            throw new NotFoundException("enrollment.record.offering", offeringId);
        }
        if (!facts.studentExists()) {
            throw new NotFoundException("enrollment.record.student", studentId);
        }
        return facts;
    }

    /**
     * The facts of several (student, offering) pairs, read in one statement; a pair whose offering does not exist is
     * absent, one whose student does not exist says so ({@link Facts#studentExists}).
     */
    public Map<Pair, Facts> factsOf(List<Pair> pairs) {
        Map<Pair, Facts> found = new HashMap<>();
        if (pairs.isEmpty()) {
            return found;
        }
        String sql = forPairs(pairs.size());
        // straight through JDBC on the transaction's connection, prepared on the server: the hottest read of a
        // registration rush, and the longest text; nothing is pending in a persistence context before it on any path
        return connection.with("enrollment facts", c -> {
            try (PreparedStatement statement = TxConnection.serverPrepared(c, sql)) {
                int at = 1;
                for (Pair pair : pairs) {
                    statement.setLong(at++, pair.studentId());
                    statement.setLong(at++, pair.offeringId());
                }
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        Pair pair = new Pair(row.getLong(1), row.getLong(2));
                        found.put(pair, new Facts(row.getObject(3) != null, pair.studentId(), pair.offeringId(),
                                nullableLong(row, 4), row.getBoolean(5), row.getString(6), instant(row, 7),
                                instant(row, 8), row.getBoolean(9), row.getString(10), nullableLong(row, 11),
                                row.getBoolean(12), row.getBoolean(13)));
                    }
                }
            }
            return found;
        });
    }

    /** A student asking for an offering. */
    public record Pair(long studentId, long offeringId) {
    }

    /**
     * The prerequisite courses the student still lacks for each of the offerings ("A, B", by code), by the rule of
     * {@link #checkRules}; offerings with nothing missing are absent.
     */
    public Map<Long, String> missingPrerequisites(long studentId, Collection<Long> offeringIds) {
        // the rule is the one admission applies, read from the same statement
        Map<Long, String> missing = new HashMap<>();
        factsOf(offeringIds.stream().map(o -> new Pair(studentId, o)).toList()).forEach((pair, facts) -> {
            if (facts.missingPrerequisites() != null) {
                missing.put(pair.offeringId(), facts.missingPrerequisites());
            }
        });
        return missing;
    }

    /**
     * Admits the student: over capacity when {@code overrideReason} is given, else to a free seat or the waitlist;
     * by application when the offering admits that way and {@code honourApplications}.
     */
    public Enrollment admit(long studentId, long offeringId, boolean honourApplications,
            @Nullable String overrideReason) {
        return admit(facts(studentId, offeringId), honourApplications, overrideReason);
    }

    /** As {@link #admit(long, long, boolean, String)}, with the facts already read. */
    public Enrollment admit(Facts facts, boolean honourApplications, @Nullable String overrideReason) {
        checkRules(facts);
        long offeringId = facts.offeringId();
        Instant now = clock.instant();
        Enrollment enrollment;
        String before = null;
        if (facts.enrollmentId() == null) {
            enrollment = new Enrollment(facts.studentId(), offeringId, Enrollment.Kind.DIRECT, now);
        } else {
            enrollment = em.find(Enrollment.class, facts.enrollmentId());
            enrollment.checkCanStart();
            before = enrollment.describe();
        }
        if (overrideReason != null) {
            seats.takeOverCapacity(offeringId);
            enrollment.enrol(now, overrideReason);
        } else if (honourApplications && facts.byApplication()) {
            enrollment.apply(now);
        } else if (!facts.someoneWaits() && seats.take(offeringId)) {
            // seats freed by a larger capacity belong to the people already waiting, not to newcomers
            enrollment.enrol(now, null);
        } else {
            enrollment.queue(now);
        }
        if (enrollment.isNew()) {
            em.persist(enrollment);
        }
        em.flush();
        journal.changed(enrollment, before == null ? "created" : "restarted", before, overrideReason);
        return enrollment;
    }

    /** The window that applies is open at {@code now}: refused when none applies, before it opens or once closed. */
    public void checkWindow(Facts facts, Instant now) {
        if (!facts.hasWindow()) {
            throw new DomainException("error.enrollment.noWindow");
        }
        if (now.isBefore(facts.opensAt())) {
            throw new DomainException("error.enrollment.notYetOpen", journal.when(facts.opensAt()));
        }
        if (!now.isBefore(facts.closesAt())) {
            throw new DomainException("error.enrollment.closed", journal.when(facts.closesAt()));
        }
    }

    /** The offering's course is in the student's programme, and its prerequisites were taken before. */
    public void checkRules(Facts facts) {
        if (!facts.offeringActive()) {
            throw new DomainException("error.enrollment.inactiveOffering");
        }
        if (facts.programmeId() == null) {
            throw new DomainException("error.enrollment.noProgramme");
        }
        if (!facts.inCurriculum()) {
            throw new DomainException("error.enrollment.notInProgramme", facts.courseCode());
        }
        if (facts.missingPrerequisites() != null) {
            throw new DomainException("error.enrollment.prerequisite", facts.missingPrerequisites());
        }
    }

    private static @Nullable Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    // instants are stored as UTC DATETIMEs and read as microseconds since the epoch, whatever the session's zone
    private static @Nullable Instant instant(ResultSet row, int column) throws SQLException {
        long micros = row.getLong(column);
        return row.wasNull() ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /**
     * One student and one offering as admission sees them: whether the student exists, the student's programme, the offering's course and the
     * window that applies (null when none), whether the course is in the programme, the prerequisite courses still
     * missing ("A, B", null when none), the student's existing enrollment, and the state of the offering's seats.
     */
    public record Facts(boolean studentExists, long studentId, long offeringId, @Nullable Long programmeId, boolean offeringActive,
            String courseCode, @Nullable Instant opensAt, @Nullable Instant closesAt, boolean inCurriculum,
            @Nullable String missingPrerequisites, @Nullable Long enrollmentId, boolean byApplication,
            boolean someoneWaits) {

        /** Whether a window applies at all. */
        public boolean hasWindow() {
            return opensAt != null;
        }
    }
}
