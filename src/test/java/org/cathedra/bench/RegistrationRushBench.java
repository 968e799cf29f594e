package org.cathedra.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.cathedra.catalog.Term;
import org.cathedra.enrollment.Enrollment;
import org.cathedra.enrollment.EnrollmentFixture;
import org.cathedra.enrollment.EnrollmentService;
import org.cathedra.shared.DomainException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registration rush, measured: every student of a cohort tries to enroll in three offerings, all at once, through
 * {@link EnrollmentService} (security, rules, seat counter, waitlist, audit row), on a thread pool sized to the
 * machine; then the same number of bare conditional seat UPDATEs, each its own transaction, run on the same number
 * of threads over as many counters, for the ceiling. Run alone with {@code ./mvnw -B test -Pbench}; sizes through
 * -Dbench.students (2,000), -Dbench.offerings (40), -Dbench.capacity (25), -Dbench.tries (3) and -Dbench.threads
 * (four per processor). Not a test: it prints figures and asserts nothing.
 */
@CathedraTest
class RegistrationRushBench {

    private static final int STUDENTS = Integer.getInteger("bench.students", 2000);
    private static final int OFFERINGS = Integer.getInteger("bench.offerings", 40);
    private static final int CAPACITY = Integer.getInteger("bench.capacity", 25);
    private static final int TRIES = Math.min(OFFERINGS, Integer.getInteger("bench.tries", 3));
    private static final int THREADS = Integer.getInteger("bench.threads",
            4 * Runtime.getRuntime().availableProcessors());

    @Autowired
    EnrollmentService service;
    @Autowired
    EnrollmentFixture fixture;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void rush() throws Exception {
        var first = fixture.offeringOpenNow(CAPACITY);
        long programme = first.programmeId();
        List<Long> offerings = new ArrayList<>(List.of(first.offeringId()));
        while (offerings.size() < OFFERINGS) {
            offerings.add(openOffering(CAPACITY, programme));
        }
        List<Long> students = fixture.students(programme, "BENCH", STUDENTS);
        // each student's choice of offerings, drawn once with a fixed seed so that runs compare
        Random random = new Random(2026);
        long[][] choices = new long[STUDENTS][];
        for (int s = 0; s < STUDENTS; s++) {
            List<Long> shuffled = new ArrayList<>(offerings);
            java.util.Collections.shuffle(shuffled, random);
            choices[s] = shuffled.subList(0, TRIES).stream().mapToLong(Long::longValue).toArray();
        }
        for (int round = 0; round < Integer.getInteger("bench.warmups", 2); round++) {
            warmUp(programme);
        }

        int attempts = STUDENTS * TRIES;
        long[] latencies = new long[attempts];
        ConcurrentHashMap<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        Map<String, Long> statusBefore = status();
        long[] cpuBefore = cpu();
        double seconds = run(STUDENTS, s -> {
            EnrollmentFixture.signInAsStudent(students.get(s));
            try {
                for (int t = 0; t < TRIES; t++) {
                    long started = System.nanoTime();
                    try {
                        Enrollment.Status status = service.enroll(choices[s][t]).getStatus();
                        count(answers, status.name());
                    } catch (DomainException e) {
                        count(refusals, e.messageKey());
                    } catch (RuntimeException e) {
                        count(failures, e.getClass().getSimpleName());
                    } finally {
                        latencies[s * TRIES + t] = System.nanoTime() - started;
                    }
                }
            } finally {
                SignIn.out();
            }
        });
        long[] cpuAfter = cpu();
        Map<String, Long> statusAfter = status();

        double serviceRate = attempts / seconds;
        Arrays.sort(latencies);
        StringBuilder out = new StringBuilder("\n=== Registration rush ===\n");
        out.append(String.format("%d students x %d tries = %d enrollments, %d offerings x %d seats, %d threads"
                        + " (%d processors)%n", STUDENTS, TRIES, attempts, OFFERINGS, CAPACITY, THREADS,
                Runtime.getRuntime().availableProcessors()));
        out.append(String.format("enrollments/s: %.0f (%.2f s)%n", serviceRate, seconds));
        out.append(String.format("latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", ms(latencies, 0.50),
                ms(latencies, 0.95), ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6));
        out.append(String.format("answers: %s%n", new TreeMap<>(answers)));
        out.append(String.format("refusals shown to users: %s%n", new TreeMap<>(refusals)));
        out.append(String.format("failures (deadlocks, 500-style): %d %s%n",
                failures.values().stream().mapToInt(AtomicInteger::get).sum(), new TreeMap<>(failures)));
        out.append(String.format("statements per enrollment: %s%n", perAttempt(statusBefore, statusAfter, attempts)));
        out.append(String.format("CPU per enrollment: application %.0f us, database %.0f us%n",
                (cpuAfter[0] - cpuBefore[0]) / 1e3 / attempts, (cpuAfter[1] - cpuBefore[1]) / 1e3 / attempts));
        int oversold = 0;
        int mismatched = 0;
        long taken = 0;
        long waitlisted = 0;
        for (long offering : offerings) {
            var seats = fixture.seats(offering);
            boolean over = seats.taken() > seats.capacity();
            boolean mismatch = seats.taken() != seats.holdingRows();
            oversold += over ? 1 : 0;
            mismatched += mismatch ? 1 : 0;
            taken += seats.taken();
            waitlisted += seats.waitlisted();
            out.append(String.format("offering %d: seats %d/%d, rows holding seats %d, waitlisted %d%s%n", offering,
                    seats.taken(), seats.capacity(), seats.holdingRows(), seats.waitlisted(),
                    over ? "  <-- OVERSOLD" : mismatch ? "  <-- COUNTER MISMATCH" : ""));
        }
        out.append(String.format("seats taken %d of %d, waitlisted %d; offerings oversold %d, counters off %d%n",
                taken, (long) OFFERINGS * CAPACITY, waitlisted, oversold, mismatched));

        long[] rawCpu = new long[2];
        long raw = rawCeiling(programme, attempts, rawCpu);
        out.append(String.format("bare conditional UPDATE transactions/s on %d threads over %d counters: %d%n",
                THREADS, OFFERINGS, raw));
        out.append(String.format("CPU per bare UPDATE: application %.0f us, database %.0f us%n",
                rawCpu[0] / 1e3 / attempts, rawCpu[1] / 1e3 / attempts));
        out.append(String.format("service / ceiling: %.1f %%%n", 100.0 * serviceRate / raw));
        System.out.println(out);
    }

    private long openOffering(int capacity, long programme) {
        Instant now = Instant.now();
        return fixture.offering(capacity, Term.Part.AUTUMN, now.minusSeconds(60), now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1)), programme).offeringId();
    }

    // the same rush first, over other students and offerings, so that class loading, JIT compilation and cold caches
    // do not count against the measured one (the compiler alone otherwise takes about as much CPU as the rush)
    private void warmUp(long programme) throws Exception {
        List<Long> warm = fixture.students(programme, "BENCH-WARM", STUDENTS);
        List<Long> others = new ArrayList<>();
        for (int i = 0; i < OFFERINGS; i++) {
            others.add(openOffering(CAPACITY, programme));
        }
        run(warm.size(), s -> {
            EnrollmentFixture.signInAsStudent(warm.get(s));
            try {
                for (int t = 0; t < TRIES; t++) {
                    try {
                        service.enroll(others.get((s + t * 7) % others.size()));
                    } catch (DomainException e) {
                        // an answer, as in the rush
                    }
                }
            } finally {
                SignIn.out();
            }
        });
    }

    // as many single-row conditional UPDATEs as there were enrollments, each its own (autocommit) transaction, over
    // as many counters as offerings; the better of two runs after one warm-up
    private long rawCeiling(long programme, int count, long[] cpuOfBest) throws Exception {
        List<Long> counters = new ArrayList<>();
        for (int i = 0; i < OFFERINGS; i++) {
            counters.add(openOffering(1000, programme)); // the largest capacity allowed; reset after each round
        }
        // the application's pooled connections are not in autocommit (its transactions say when to commit); these
        // are, one per thread, opened beside the pool before the clock starts
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        java.util.concurrent.BlockingQueue<Connection> connections = new java.util.concurrent.ArrayBlockingQueue<>(
                THREADS);
        for (int t = 0; t < THREADS; t++) {
            // the driver settings the application's pool uses (server-side prepared statements), for a fair ceiling
            java.util.Properties settings = new java.util.Properties();
            settings.putAll(pool.getDataSourceProperties());
            if (pool.getUsername() != null) {
                settings.setProperty("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                settings.setProperty("password", pool.getPassword());
            }
            Connection c = DriverManager.getConnection(pool.getJdbcUrl(), settings);
            c.setAutoCommit(true);
            connections.add(c);
        }
        IntConsumer update = i -> {
            Connection c = connections.poll();
            try (PreparedStatement statement = c.prepareStatement(
                    "update offering_seats set taken = taken + 1 where offering_id = ? and taken < capacity")) {
                statement.setLong(1, counters.get(i % counters.size()));
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                connections.add(c);
            }
        };
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long[] before = cpu();
            double seconds = run(count, update);
            long[] after = cpu();
            if (round > 0 && seconds < best) {
                best = seconds;
                cpuOfBest[0] = after[0] - before[0];
                cpuOfBest[1] = after[1] - before[1];
            }
            try (Connection c = dataSource.getConnection(); var reset = c.createStatement()) {
                reset.executeUpdate("update offering_seats set taken = 0 where offering_id in ("
                        + String.join(",", counters.stream().map(String::valueOf).toList()) + ")");
                c.commit();
            }
        }
        for (Connection c : connections) {
            c.close();
        }
        return Math.round(count / best);
    }

    // CPU time used so far (ns) by this JVM and by the MariaDB server it started: work done per operation, which a
    // busy machine slows down less than it slows down the rates
    private static long[] cpu() {
        long app = ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        long db = ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld"))
                        .orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        return new long[] {app, db};
    }

    private Map<String, Long> status() {
        Map<String, Long> status = new HashMap<>();
        jdbc.query("show global status where Variable_name in ('Questions', 'Com_select', 'Com_insert',"
                        + " 'Com_update', 'Com_delete', 'Com_commit', 'Com_rollback', 'Com_set_option')",
                row -> {
                    status.put(row.getString(1), row.getLong(2));
                });
        return status;
    }

    private static String perAttempt(Map<String, Long> before, Map<String, Long> after, int attempts) {
        Map<String, String> per = new TreeMap<>();
        after.forEach((name, value) -> per.put(name.replace("Com_", "").toLowerCase(java.util.Locale.ROOT),
                String.format("%.2f", (value - before.getOrDefault(name, 0L)) / (double) attempts)));
        return per.toString();
    }

    private static void count(Map<String, AtomicInteger> counts, String key) {
        counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    private static double run(int count, IntConsumer task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(THREADS);
        for (int t = 0; t < THREADS; t++) {
            pool.submit(() -> {
                try {
                    go.await();
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        task.accept(i);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        long started = System.nanoTime();
        go.countDown();
        done.await(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdownNow();
        return seconds;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
