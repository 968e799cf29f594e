package org.cathedra.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.cathedra.enrollment.EnrollmentFixture;
import org.cathedra.enrollment.EnrollmentService;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registration rush, measured: many students enroll at once through {@link EnrollmentService} (security,
 * rules, seat counter, waitlist, audit event), then the same number of bare conditional UPDATEs run on the same
 * number of threads, for the ceiling. Run alone with {@code ./mvnw -B test -Pbench}; sizes through -Dbench.students,
 * -Dbench.offerings, -Dbench.capacity and -Dbench.threads. Not a test: it prints figures and asserts nothing.
 */
@CathedraTest
class RegistrationRushBench {

    private static final int STUDENTS = Integer.getInteger("bench.students", 2000);
    private static final int OFFERINGS = Integer.getInteger("bench.offerings", 20);
    private static final int CAPACITY = Integer.getInteger("bench.capacity", 30);
    private static final int THREADS = Integer.getInteger("bench.threads", 32);

    @Autowired
    EnrollmentService service;
    @Autowired
    EnrollmentFixture fixture;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rush() throws Exception {
        var first = fixture.offeringOpenNow(CAPACITY);
        List<Long> offerings = new ArrayList<>(List.of(first.offeringId()));
        for (int i = 1; i < OFFERINGS; i++) {
            offerings.add(fixture.offering(CAPACITY, org.cathedra.catalog.Term.Part.AUTUMN,
                    java.time.Instant.now().minusSeconds(60), java.time.Instant.now().plusSeconds(86_400),
                    java.time.Instant.now().plusSeconds(86_400), first.programmeId()).offeringId());
        }
        List<Long> students = fixture.students(first.programmeId(), "BENCH", STUDENTS);
        warmUp(first.programmeId(), offerings);

        long[] latencies = new long[STUDENTS];
        AtomicInteger errors = new AtomicInteger();
        ConcurrentHashMap<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
        double seconds = run(STUDENTS, i -> {
            long started = System.nanoTime();
            try {
                EnrollmentFixture.signInAsStudent(students.get(i));
                service.enroll(offerings.get(i % offerings.size()));
            } catch (RuntimeException e) {
                errors.incrementAndGet();
                errorKinds.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
            } finally {
                SignIn.out();
                latencies[i] = System.nanoTime() - started;
            }
        });

        long raw = rawCeiling(first.programmeId());
        double serviceRate = STUDENTS / seconds;
        Arrays.sort(latencies);
        StringBuilder out = new StringBuilder("\n=== Registration rush ===\n");
        out.append(String.format("%d students, %d offerings x %d seats, %d threads%n", STUDENTS, OFFERINGS, CAPACITY,
                THREADS));
        out.append(String.format("enrollments/s: %.0f (%.2f s)%n", serviceRate, seconds));
        out.append(String.format("latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", ms(latencies, 0.50),
                ms(latencies, 0.95), ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6));
        out.append(String.format("errors: %d %s%n", errors.get(), errorKinds));
        for (long offering : offerings) {
            var seats = fixture.seats(offering);
            out.append(String.format("offering %d: seats %d/%d, rows holding seats %d, waitlisted %d%s%n", offering,
                    seats.taken(), seats.capacity(), seats.holdingRows(), seats.waitlisted(),
                    seats.taken() == seats.holdingRows() && seats.taken() <= seats.capacity() ? "" : "  <-- MISMATCH"));
        }
        out.append(String.format("bare conditional UPDATEs/s on %d threads: %d%n", THREADS, raw));
        out.append(String.format("ceiling / service: %.1f%n", raw / serviceRate));
        System.out.println(out);
    }

    // a few enrollments first, so that class loading and JIT do not count against the rush
    private void warmUp(long programmeId, List<Long> offerings) throws Exception {
        List<Long> warm = fixture.students(programmeId, "BENCH-WARM", THREADS);
        var other = fixture.offering(THREADS, org.cathedra.catalog.Term.Part.AUTUMN,
                java.time.Instant.now().minusSeconds(60), java.time.Instant.now().plusSeconds(86_400),
                java.time.Instant.now().plusSeconds(86_400), programmeId);
        run(warm.size(), i -> {
            EnrollmentFixture.signInAsStudent(warm.get(i));
            try {
                service.enroll(other.offeringId());
            } finally {
                SignIn.out();
            }
        });
    }

    // the same number of statements as enrollments, each alone in its own autocommit transaction
    private long rawCeiling(long programmeId) throws Exception {
        var target = fixture.offering(1000, org.cathedra.catalog.Term.Part.AUTUMN,
                java.time.Instant.now().minusSeconds(60), java.time.Instant.now().plusSeconds(86_400),
                java.time.Instant.now().plusSeconds(86_400), programmeId);
        AtomicLong updated = new AtomicLong();
        double seconds = run(STUDENTS, i -> updated.addAndGet(jdbc.update(
                "update offering_seats set taken = taken + 1 where offering_id = ? and taken < capacity",
                target.offeringId())));
        jdbc.update("update offering_seats set taken = 0 where offering_id = ?", target.offeringId());
        return Math.round(STUDENTS / seconds);
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
