package org.cathedra.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The registration rush through the real UI protocol, against one node or a cluster behind its proxy: it opens a
 * few offerings with few seats for the learners of one programme, signs every learner in (each tab lands on some
 * node), lets them all press "Enroll" on every one of those offerings at the same moment, and then checks in the
 * database that every invariant held for every offering: seats taken equal the rows holding a seat, never above
 * capacity (plus recorded overrides), at most one active enrollment per learner and offering.
 *
 * <pre>
 * java -cp ... org.cathedra.load.ClusterRush --base http://127.0.0.1:8090 --db jdbc:mariadb://127.0.0.1:3407/cathedra?user=root
 * java -cp ... org.cathedra.load.ClusterRush --check-only true --db ...     (after a crash: the invariants only)
 * </pre>
 * Exit status 0 when every invariant holds, 1 otherwise.
 */
public final class ClusterRush {

    private ClusterRush() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String db = o.getOrDefault("db", "jdbc:mariadb://127.0.0.1:3407/cathedra?user=root");
        boolean ok;
        try (var c = DriverManager.getConnection(db)) {
            if (!Boolean.parseBoolean(o.getOrDefault("check-only", "false"))) {
                rush(c, o);
            }
            ok = check(c);
        }
        System.exit(ok ? 0 : 1);
    }

    record Offering(long id, String code) {
    }

    private static void rush(Connection c, Map<String, String> o) throws Exception {
        String programme = o.getOrDefault("programme", "RES-GEN");
        int count = Integer.parseInt(o.getOrDefault("offerings", "3"));
        int seats = Integer.parseInt(o.getOrDefault("seats", "10"));
        String base = o.getOrDefault("base", "http://127.0.0.1:8090");
        List<Offering> offerings = prepare(c, programme, count, seats);
        List<String> learners = new ArrayList<>();
        try (var ps = c.prepareStatement("select a.username from user_account a join student s on s.id = a.person_id"
                + " join programme p on p.id = s.programme_id where p.code = ? and a.enabled order by a.username")) {
            ps.setString(1, programme);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    learners.add(rs.getString(1));
                }
            }
        }
        System.out.printf("Rush: %d learners of %s for %d offerings of %d seats each (%s) through %s%n",
                learners.size(), programme, offerings.size(), seats,
                offerings.stream().map(Offering::code).toList(), base);

        var http = VaadinClient.sharedHttpClient();
        var ready = new CountDownLatch(learners.size());
        var go = new CountDownLatch(1);
        Map<String, AtomicInteger> byNode = new ConcurrentHashMap<>();
        var clicks = new AtomicInteger();
        var failures = new AtomicInteger();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String login : learners) {
                pool.submit(() -> {
                    var tab = new VaadinClient(base, http);
                    try {
                        tab.signIn(login, o.getOrDefault("password", "cathedra-demo-2026"));
                        tab.navigate("enrollment");
                        byNode.computeIfAbsent(tab.node(), n -> new AtomicInteger()).incrementAndGet();
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        System.out.println("  " + login + ": " + e.getMessage());
                        return;
                    } finally {
                        ready.countDown();
                    }
                    try {
                        go.await();
                        for (Offering offering : offerings) {
                            var buttons = tab.rowButtons(r -> r.path("col0").asString("")
                                    .startsWith(offering.code() + " "));
                            if (!buttons.isEmpty()) {
                                long t0 = System.nanoTime();
                                tab.click(buttons.getFirst());
                                latencies.add(System.nanoTime() - t0);
                                clicks.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        System.out.println("  " + login + ": " + e.getMessage());
                    }
                });
            }
            ready.await(10, TimeUnit.MINUTES);
            System.out.println("Signed in by node: " + byNode + "; go");
            go.countDown();
        }
        latencies.sort(null);
        System.out.printf("Clicks on Enroll: %d, failures seen by users: %d, click p50 %.0f ms, p95 %.0f ms%n",
                clicks.get(), failures.get(), pct(latencies, 50), pct(latencies, 95));
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    /** Opens {@code count} offerings of the programme's first-year curriculum with {@code seats} free seats each. */
    private static List<Offering> prepare(Connection c, String programme, int count, int seats) throws SQLException {
        List<Offering> offerings = new ArrayList<>();
        try (var ps = c.prepareStatement("select min(o.id), c.code from course_offering o join course c on c.id = o.course_id"
                + " join curriculum_entry ce on ce.course_id = c.id join programme p on p.id = ce.programme_id"
                + " where p.code = ? and ce.year_of_study = 1 and o.active"
                + " and c.id not in (select course_id from course_prerequisite)"
                + " group by c.code order by c.code limit ?")) {
            ps.setString(1, programme);
            ps.setInt(2, count);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    offerings.add(new Offering(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        for (Offering offering : offerings) {
            int taken;
            try (var ps = c.prepareStatement("select taken from offering_seats where offering_id = ?")) {
                ps.setLong(1, offering.id());
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    taken = rs.getInt(1);
                }
            }
            // a trigger carries the offering's capacity over to its seat counter
            exec(c, "update course_offering set capacity = ? where id = ?", taken + seats, offering.id());
            exec(c, "update offering_seats set by_application = false where offering_id = ?", offering.id());
            exec(c, "delete from enrollment_window where offering_id = ?", offering.id());
            exec(c, "insert into enrollment_window (version, term_id, offering_id, opens_at, closes_at, withdraw_until)"
                    + " select 0, term_id, id, utc_timestamp(6) - interval 1 hour, utc_timestamp(6) + interval 1 day,"
                    + " utc_timestamp(6) + interval 1 day from course_offering where id = ?", offering.id());
        }
        return offerings;
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    /** Every offering: seats taken = rows holding a seat <= capacity + overrides; one active row per learner. */
    static boolean check(Connection c) throws SQLException {
        int offerings = 0;
        int violations = 0;
        long enrolled = 0;
        long waiting = 0;
        try (var rs = c.createStatement().executeQuery("select s.offering_id, s.taken, s.capacity, s.overridden,"
                + " (select count(*) from enrollment e where e.offering_id = s.offering_id"
                + "   and e.status in ('ENROLLED','OFFERED')) holding,"
                + " (select count(*) from enrollment e where e.offering_id = s.offering_id"
                + "   and e.status = 'WAITLISTED') waiting from offering_seats s")) {
            while (rs.next()) {
                offerings++;
                int taken = rs.getInt(2);
                int capacity = rs.getInt(3);
                int overridden = rs.getInt(4);
                long holding = rs.getLong(5);
                enrolled += holding;
                waiting += rs.getLong(6);
                if (taken != holding || taken > capacity + overridden) {
                    violations++;
                    System.out.printf("  VIOLATION offering %d: taken %d, rows holding a seat %d, capacity %d"
                            + " (+%d overridden)%n", rs.getLong(1), taken, holding, capacity, overridden);
                }
                if (holding > 0 && capacity <= 12) {
                    System.out.printf("  offering %d: %d of %d seats taken, %d rows hold a seat, %d waiting%n",
                            rs.getLong(1), taken, capacity, holding, rs.getLong(6));
                }
            }
        }
        try (var rs = c.createStatement().executeQuery("select count(*) from (select student_id, offering_id"
                + " from enrollment where status in ('APPLIED','ENROLLED','WAITLISTED','OFFERED')"
                + " group by student_id, offering_id having count(*) > 1) d")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                violations++;
                System.out.println("  VIOLATION: " + rs.getLong(1) + " learners hold two active rows for one offering");
            }
        }
        System.out.printf("Invariants over %d offerings: %d holding a seat, %d waiting, %d violations%n", offerings,
                enrolled, waiting, violations);
        return violations == 0;
    }
}
