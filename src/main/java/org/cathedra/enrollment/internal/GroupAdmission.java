package org.cathedra.enrollment.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.cathedra.enrollment.Enrollment;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Admits students who ask for a seat at the same moment in groups, one transaction per group: on registration day
 * hundreds ask within the same second, and a transaction per student spends most of its time on round trips and
 * commits rather than on the rules.
 *
 * <p>Whoever asks queues the request and, when fewer than {@code cathedra.enrollment.group-leaders} (default 1)
 * groups are being written, takes every request waiting (up to {@value #MOST}) and writes them as one group, and
 * the next ones that came meanwhile, until its own request is answered; then it wakes the first one still waiting,
 * who leads the next group. The busier the rush, the larger the groups. A group: the facts of all pairs
 * in one statement ({@link Admission#factsOf}), the same rules and window checks as one enrollment alone, then the
 * conditional seat {@code UPDATE} of each request (the database still decides every seat, one statement each, sent
 * together in offering order so that two groups always lock counters in the same order), one multi-row
 * {@code INSERT ... RETURNING} of the enrollments, one of their audit rows, and one commit, all in a plain JDBC
 * transaction. With one student asking the group is that student alone.
 *
 * <p>What a group does not handle goes back to the asker, who takes the path of one enrollment alone in a
 * transaction of its own: an enrollment that exists already (restarted or refused as held), an offering admitting by
 * application, the same pair asked twice in a group, and every request of a group whose transaction failed (a
 * deadlock, a lost connection): nothing of that group was written. A refusal (rules, window, not found) is that
 * request's answer and does not stop the others.
 */
@Component
public class GroupAdmission {

    /** The largest group written in one transaction. */
    static final int MOST = 64;

    private static final long WAKE_AT_LEAST_EVERY = TimeUnit.MILLISECONDS.toNanos(50);

    private static final Logger log = LoggerFactory.getLogger(GroupAdmission.class);

    private static final String TAKE =
            "update offering_seats set taken = taken + 1 where offering_id = ? and taken < capacity";
    private static final String INSERT = "insert into enrollment (version, student_id, offering_id, status, kind,"
            + " queued_at, offer_expires_at, overridden, reason, changed_at) values ";
    private static final String ROW = "(0, ?, ?, ?, 'DIRECT', ?, null, false, null, ?)";

    private final ConcurrentLinkedQueue<Request> waiting = new ConcurrentLinkedQueue<>();
    private final Semaphore leaders;
    private final Admission admission;
    private final Journal journal;
    private final TxConnection connection;
    private final TransactionTemplate transactions;
    private final Clock clock;

    GroupAdmission(Admission admission, Journal journal, TxConnection connection, Clock clock,
            @Value("${cathedra.enrollment.group-leaders:1}") int leaders) {
        this.admission = admission;
        this.journal = journal;
        this.connection = connection;
        // a group is written with JDBC alone (facts, seats, rows, audit rows), so its transaction is a plain JDBC
        // one on the application's data source: no persistence context is opened, flushed and closed for it
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(connection.dataSource()));
        this.clock = clock;
        this.leaders = new Semaphore(Math.max(1, leaders));
    }

    /**
     * Admits the student directly (a seat, or the waitlist) with whoever else is asking now; {@code alone} is the
     * path of one enrollment in its own transaction, taken when the group hands the request back. The caller must
     * not be in a transaction: the group commits on its own.
     */
    public Enrollment admit(long studentId, long offeringId, @Nullable String actor, Supplier<Enrollment> alone) {
        Request request = new Request(new Admission.Pair(studentId, offeringId), actor);
        waiting.add(request);
        boolean interrupted = false;
        while (!request.answer.isDone()) {
            if (leaders.tryAcquire()) {
                try {
                    lead(request);
                } finally {
                    leaders.release();
                }
                // hands over: whoever waits first leads the next group (a request queued while this one was
                // finishing found no free leader)
                Request next = waiting.peek();
                if (next != null) {
                    LockSupport.unpark(next.asker());
                }
            } else {
                // woken when its group is written or when it is its turn to lead; the time limit only guards
                // against a leader lost mid-way
                LockSupport.parkNanos(this, WAKE_AT_LEAST_EVERY);
                // the request may be in a group being written: it waits for its answer all the same
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Answer answer = request.answer.join();
        if (answer.refusal() != null) {
            throw answer.refusal();
        }
        return answer.enrollment() != null ? answer.enrollment() : alone.get();
    }

    // writes the requests waiting, up to MOST a group, until the leader's own request is answered: then the next
    // in the queue leads, so that no asker writes other people's groups for long
    private void lead(Request mine) {
        while (!mine.answer.isDone() && !waiting.isEmpty()) {
            List<Request> group = new ArrayList<>();
            for (Request next = waiting.poll(); next != null; next = group.size() < MOST ? waiting.poll() : null) {
                group.add(next);
            }
            if (!group.isEmpty()) {
                write(group);
            }
        }
    }

    private void write(List<Request> group) {
        Map<Request, Answer> answers = new IdentityHashMap<>();
        try {
            transactions.executeWithoutResult(status -> write(group, answers));
        } catch (RuntimeException e) {
            // rolled back: nothing of the group was written, so each request goes its own way
            log.debug("A group of {} enrollments was rolled back and is retried one by one: {}", group.size(),
                    e.toString());
            answers.clear();
        }
        for (Request request : group) {
            request.answer.complete(answers.getOrDefault(request, Answer.ALONE));
            LockSupport.unpark(request.asker());
        }
    }

    /** Writes a group in the current transaction; each request's answer goes to {@code answers} (none: alone). */
    void write(List<Request> group, Map<Request, Answer> answers) {
        Instant now = clock.instant();
        Set<Admission.Pair> seen = new HashSet<>();
        List<Request> distinct = group.stream().filter(r -> seen.add(r.pair())).toList();
        Map<Admission.Pair, Admission.Facts> facts = admission.factsOf(distinct.stream().map(Request::pair).toList());
        List<Request> admitted = new ArrayList<>();
        Map<Request, Boolean> seekSeat = new IdentityHashMap<>();
        for (Request request : distinct) {
            Admission.Facts f = facts.get(request.pair());
            try {
                if (f == null) {
                    throw new NotFoundException("enrollment.record.offering", request.pair().offeringId());
                }
                if (!f.studentExists()) {
                    throw new NotFoundException("enrollment.record.student", request.pair().studentId());
                }
                admission.checkWindow(f, now);
                admission.checkRules(f);
                if (f.enrollmentId() == null && !f.byApplication()) {
                    admitted.add(request);
                    // seats freed by a larger capacity belong to the people already waiting, not to newcomers
                    seekSeat.put(request, !f.someoneWaits());
                }
            } catch (DomainException refused) {
                answers.put(request, new Answer(null, refused));
            }
        }
        if (admitted.isEmpty()) {
            return;
        }
        Map<Request, Boolean> seated = takeSeats(admitted.stream().filter(seekSeat::get).toList());
        List<Enrollment> written = insert(admitted, seated, now);
        List<Journal.Created> created = new ArrayList<>();
        for (int i = 0; i < admitted.size(); i++) {
            created.add(new Journal.Created(written.get(i), admitted.get(i).actor()));
            answers.put(admitted.get(i), new Answer(written.get(i), null));
        }
        journal.createdTogether(created);
    }

    // one conditional UPDATE per request, sent as one batch in offering order: one row changed is a seat taken
    private Map<Request, Boolean> takeSeats(List<Request> seekers) {
        Map<Request, Boolean> seated = new IdentityHashMap<>();
        if (seekers.isEmpty()) {
            return seated;
        }
        List<Request> ordered = seekers.stream()
                .sorted(Comparator.comparingLong((Request r) -> r.pair().offeringId())).toList();
        connection.with("seats of a group", c -> {
            try (PreparedStatement take = c.prepareStatement(TAKE)) {
                for (Request request : ordered) {
                    take.setLong(1, request.pair().offeringId());
                    take.addBatch();
                }
                int[] changed = take.executeBatch();
                for (int i = 0; i < ordered.size(); i++) {
                    if (changed[i] != 0 && changed[i] != 1) {
                        // a driver that does not report each statement's count: no seat is guessed
                        throw new IllegalStateException("seat update count " + changed[i]);
                    }
                    seated.put(ordered.get(i), changed[i] == 1);
                }
            }
            return null;
        });
        return seated;
    }

    // one multi-row INSERT of the group's enrollments, returning the ids in the order of the rows
    private List<Enrollment> insert(List<Request> admitted, Map<Request, Boolean> seated, Instant now) {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        String sql = INSERT + String.join(", ", Collections.nCopies(admitted.size(), ROW))
                + " returning id, student_id, offering_id";
        Map<Admission.Pair, Long> ids = new HashMap<>();
        connection.with("enrollments of a group", c -> {
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                int p = 1;
                for (Request request : admitted) {
                    boolean seat = seated.getOrDefault(request, false);
                    insert.setLong(p++, request.pair().studentId());
                    insert.setLong(p++, request.pair().offeringId());
                    insert.setString(p++, (seat ? Enrollment.Status.ENROLLED : Enrollment.Status.WAITLISTED).name());
                    insert.setObject(p++, seat ? null : at);
                    insert.setObject(p++, at);
                }
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        ids.put(new Admission.Pair(rows.getLong(2), rows.getLong(3)), rows.getLong(1));
                    }
                }
            }
            return null;
        });
        List<Enrollment> written = new ArrayList<>();
        for (Request request : admitted) {
            Long id = ids.get(request.pair());
            if (id == null) {
                throw new IllegalStateException("no id returned for " + request.pair());
            }
            written.add(Enrollment.writtenTogether(id, request.pair().studentId(), request.pair().offeringId(),
                    seated.getOrDefault(request, false), now));
        }
        return written;
    }

    /** One student's request, and its answer once its group is written. */
    record Request(Admission.Pair pair, @Nullable String actor, CompletableFuture<Answer> answer, Thread asker) {

        Request(Admission.Pair pair, @Nullable String actor) {
            this(pair, actor, new CompletableFuture<>(), Thread.currentThread());
        }
    }

    /** The enrollment written, or the refusal; neither: the request takes the path of one enrollment alone. */
    record Answer(@Nullable Enrollment enrollment, @Nullable DomainException refusal) {

        static final Answer ALONE = new Answer(null, null);
    }
}
