package org.cathedra.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Drives a running Cathedra the way browsers do, over Vaadin's own protocol ({@link VaadinClient}): virtual users
 * sign in, ramp up over a period, walk their role's journey with think times between actions and keep browsing
 * until the run ends. Prints the round-trip times per action (p50/p95/p99), errors, requests per second, and the
 * server's heap and CPU (when given its process id; the server must run on this machine).
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.cathedra.load.LoadDriver \
 *     -Dexec.args="--base http://localhost:8080 --users 1000 --ramp 120 --duration 300 --pid 12345"
 * </pre>
 *
 * With {@code --memory N} it measures instead the live heap one open UI holds: a full GC, the heap in use, then N
 * signed-in tabs on the route given by {@code --route}, a full GC again, and the difference divided by N; with
 * {@code --settle S} the tabs stay idle for S seconds before that second GC.
 */
public final class LoadDriver {

    private final Map<String, String> options;
    private final String base;
    private final String password;
    private final Map<String, List<String>> accounts;
    private final Map<String, Recorder> actions = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicInteger errors = new AtomicInteger();
    private final Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
    /** Typists left without a row of their own in their gradebook, who walked the teacher's journey instead. */
    private final AtomicInteger browsingTypists = new AtomicInteger();
    private final HttpClient http = VaadinClient.sharedHttpClient();
    /** Who enters marks in which gradebook (an offering with an open examination sheet): login -> offering id. */
    private final Map<String, Long> markBooks = new java.util.LinkedHashMap<>();

    private LoadDriver(Map<String, String> options) throws Exception {
        this.options = options;
        this.base = options.getOrDefault("base", "http://localhost:8080");
        this.password = options.getOrDefault("password", "cathedra-demo-2026");
        this.accounts = accounts(options.get("db"));
        markBooks(options);
        if (!markBooks.isEmpty()) {
            accounts.put("marks", List.copyOf(markBooks.keySet()));
        }
    }

    /**
     * The gradebooks the "marks" users type into: with {@code --db}, every open examination sheet and its teachers;
     * else {@code --marks-offering id} (and {@code --marks-login}, default "teacher").
     */
    private void markBooks(Map<String, String> options) throws Exception {
        if (options.containsKey("marks-offering")) {
            markBooks.put(options.getOrDefault("marks-login", "teacher"), Long.parseLong(options.get("marks-offering")));
        } else if (options.get("db") != null) {
            try (var c = DriverManager.getConnection(options.get("db"));
                    var rs = c.createStatement().executeQuery("select a.username, s.offering_id from assessment_scheme s"
                            + " join offering_teacher t on t.offering_id = s.offering_id"
                            + " join user_account a on a.person_id = t.teacher_id"
                            + " where s.sheet_status = 'OPEN' and a.enabled order by s.offering_id, a.username")) {
                while (rs.next()) {
                    markBooks.putIfAbsent(rs.getString(1), rs.getLong(2));
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        var driver = new LoadDriver(options);
        if (options.containsKey("memory")) {
            driver.memory(Integer.parseInt(options.get("memory")), options.getOrDefault("route", "/").replaceFirst("^/", ""),
                    options.getOrDefault("role", "student"));
        } else {
            driver.run();
        }
        System.exit(0);
    }

    /** Demo accounts by role: from the database when given, else the three well-known demo sign-ins. */
    private static Map<String, List<String>> accounts(String jdbcUrl) throws Exception {
        Map<String, List<String>> byRole = new HashMap<>();
        if (jdbcUrl == null) {
            byRole.put("student", List.of("student"));
            byRole.put("teacher", List.of("teacher"));
            byRole.put("admin", List.of("admin"));
            return byRole;
        }
        try (var c = DriverManager.getConnection(jdbcUrl);
                var rs = c.createStatement().executeQuery("select username, role from user_account where enabled"
                        + " order by username")) {
            while (rs.next()) {
                byRole.computeIfAbsent(rs.getString(2).toLowerCase(), r -> new ArrayList<>()).add(rs.getString(1));
            }
        }
        return byRole;
    }

    // ---------------------------------------------------------------- load run

    private void run() throws Exception {
        int users = intOption("users", 100);
        Duration ramp = Duration.ofSeconds(intOption("ramp", 60));
        Duration length = Duration.ofSeconds(intOption("duration", 180));
        int thinkMin = intOption("think-min", 2000);
        int thinkMax = intOption("think-max", 5000);
        Map<String, Integer> mix = mix(options.getOrDefault("mix", "student=80,teacher=8,marks=7,admin=5"));
        if (mix.containsKey("marks") && markBooks.isEmpty()) {
            System.out.println("No gradebook to enter marks in (give --db or --marks-offering): the \"marks\" users"
                    + " walk the teacher's journey instead");
            mix.merge("teacher", mix.remove("marks"), Integer::sum);
        }
        var server = ServerProbe.of(options.get("pid"));

        System.out.printf("Cathedra load: %d virtual users on %s, ramp-up %d s, run %d s, think %d-%d ms, mix %s%n",
                users, base, ramp.toSeconds(), length.toSeconds(), thinkMin, thinkMax, mix);
        long start = System.nanoTime();
        long end = start + ramp.toNanos() + length.toNanos();
        server.start();
        var active = new AtomicInteger();
        // the teachers typing into one gradebook share its rows out between them, as colleagues marking the same
        // list would: two typing into one student's cell at once is a conflict the gradebook refuses, not load
        Map<Long, Integer> typists = new HashMap<>();
        int[] slot = new int[users];
        for (int i = 0; i < users; i++) {
            if ("marks".equals(roleOf(i, mix))) {
                List<String> logins = accounts.get("marks");
                slot[i] = typists.merge(markBooks.get(logins.get(i % logins.size())), 1, Integer::sum) - 1;
            }
        }
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                long due = start + ramp.toNanos() * i / Math.max(1, users);
                String role = roleOf(i, mix);
                List<String> logins = accounts.getOrDefault(role, List.of(role));
                String login = logins.get(i % logins.size());
                var random = new Random(i);
                int index = i;
                pool.submit(() -> {
                    sleepUntil(due);
                    active.incrementAndGet();
                    try {
                        if ("marks".equals(role)) {
                            long book = markBooks.get(login);
                            marksUser(login, book, slot[index], typists.get(book), random, end, thinkMin, thinkMax);
                            return;
                        }
                        virtualUser(role, login, random, end, thinkMin, thinkMax);
                    } finally {
                        active.decrementAndGet();
                    }
                });
            }
            var reporter = Executors.newSingleThreadScheduledExecutor();
            reporter.scheduleAtFixedRate(() -> System.out.printf("  %4d s: %d users active, %d requests, %d errors%n",
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), active.get(), requests.get(),
                    errors.get()), 10, 10, TimeUnit.SECONDS);
            pool.shutdown();
            pool.awaitTermination(ramp.toSeconds() + length.toSeconds() + 600, TimeUnit.SECONDS);
            reporter.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report(seconds, server.stop());
    }

    private void virtualUser(String role, String login, Random random, long end, int thinkMin, int thinkMax) {
        var tab = new VaadinClient(base, http);
        if (!timed("sign in (" + role + ")", () -> tab.signIn(login, password))) {
            return;
        }
        browse(tab, role, random, end, thinkMin, thinkMax);
    }

    /** Walks the role's journey until the end of the run, then signs out. */
    private void browse(VaadinClient tab, String role, Random random, long end, int thinkMin, int thinkMax) {
        List<String> journey = switch (role) {
            case "teacher" -> routes("teacher-routes", "/,timetable,gradebook,rosters");
            case "admin" -> routes("admin-routes", "/,admin/rosters,admin/timetable");
            default -> routes("student-routes", "/,timetable,enrollment,grades");
        };
        while (System.nanoTime() < end) {
            for (String route : journey) {
                think(random, thinkMin, thinkMax);
                if (System.nanoTime() >= end) {
                    break;
                }
                if (!timed("open /" + route, () -> tab.navigate(route))) {
                    return;
                }
                if ("student".equals(role) && route.equals("enrollment")) {
                    var buttons = tab.enabledRowComponents();
                    if (!buttons.isEmpty()) {
                        think(random, thinkMin, thinkMax);
                        int button = buttons.get(random.nextInt(buttons.size()));
                        if (!timed("enroll (click)", () -> tab.click(button))) {
                            return;
                        }
                    }
                }
            }
        }
        timed("sign out", tab::signOut);
    }

    /**
     * A teacher entering marks: opens the gradebook, clicks a cell of one student's row in the last component's
     * column (the editor opens with the cursor in that field), types a mark and presses Enter (the mark is saved and
     * the editor moves down the column), then checks that the grid's row now shows the mark. The {@code typists}
     * users of one gradebook take its rows in turn (this one every row whose number leaves {@code slot} when divided
     * by their count), so that they do not overwrite each other's marks; a typist left without a row walks the
     * teacher's journey instead.
     */
    private void marksUser(String login, long offering, int slot, int typists, Random random, long end,
            int thinkMin, int thinkMax) {
        var tab = new VaadinClient(base, http);
        if (!timed("sign in (marks)", () -> tab.signIn(login, password))) {
            return;
        }
        int round = 0;
        while (System.nanoTime() < end) {
            think(random, thinkMin, thinkMax);
            if (!timed("open /gradebook (marks)", () -> tab.navigate("gradebook", "offering=" + offering))) {
                return;
            }
            int grid = tab.grids().stream().max(java.util.Comparator.comparingInt(g -> tab.rows(g).size())).orElse(-1);
            List<tools.jackson.databind.JsonNode> rows = grid < 0 ? List.of() : tab.rows(grid);
            if (rows.size() < 2) {
                timed("gradebook (marks)", () -> {
                    throw new VaadinClient.LoadFailure("the gradebook shows no rows");
                });
                return;
            }
            if (slot >= rows.size() - 1) {
                // more typists than rows: this one would type over a colleague's, so it browses as a teacher
                browsingTypists.incrementAndGet();
                browse(tab, "teacher", random, end, thinkMin, thinkMax);
                return;
            }
            // not the last row: Enter moves the editor down, which shows the saved row in the grid
            var row = rows.get(rowOf(slot, typists, round++, rows.size() - 1));
            List<String> columns = new ArrayList<>();
            row.properties().forEach(p -> {
                if (p.getKey().matches("col\\d+")) {
                    columns.add(p.getKey());
                }
            });
            columns.sort(java.util.Comparator.comparingInt(k -> Integer.parseInt(k.substring(3))));
            // student, the components..., average, final grade: the last component is the third from the end
            String column = columns.get(columns.size() - 3);
            String key = row.path("key").asString();
            String before = row.path(column).asString("");
            String mark = java.util.stream.Stream.of("3", "4", "5").filter(m -> !m.equals(before))
                    .skip(random.nextInt(2)).findFirst().orElseThrow();
            think(random, thinkMin, thinkMax);
            if (!timed("gradebook: open the editor", () -> tab.itemClick(grid, key, column))) {
                return;
            }
            int field = tab.focused();
            think(random, thinkMin / 2, thinkMax / 2);
            if (!timed("gradebook: type a mark, Enter", () -> {
                if (field < 0) {
                    throw new VaadinClient.LoadFailure("the editor did not focus a field");
                }
                tab.keyDown(field, "event.key === 'Enter'", mark);
                if ("true".equals(tab.property(field, "invalid"))) {
                    throw new VaadinClient.LoadFailure("mark refused: " + tab.property(field, "errorMessage"));
                }
                String shown = tab.rows(grid).stream().filter(r -> key.equals(r.path("key").asString(null)))
                        .map(r -> r.path(column).asString("")).findFirst().orElse("(row gone)");
                if (!shown.equals(mark)) {
                    throw new VaadinClient.LoadFailure("the saved mark is not shown: " + shown);
                }
            })) {
                return;
            }
            think(random, thinkMin, thinkMax);
            if (!timed("open /", () -> tab.navigate(""))) {
                return;
            }
        }
        timed("sign out", tab::signOut);
    }

    /** The row a gradebook's typist takes in a round: its own rows in turn, of {@code rows} to choose from. */
    static int rowOf(int slot, int typists, int round, int rows) {
        if (slot >= rows) {
            return slot % rows;
        }
        int own = (rows - 1 - slot) / typists + 1;
        return slot + typists * (round % own);
    }

    private List<String> routes(String option, String defaults) {
        return java.util.Arrays.stream(options.getOrDefault(option, defaults).split(",", -1))
                .map(r -> r.strip().replaceFirst("^/", "")).toList();
    }

    interface Action {
        void run() throws Exception;
    }

    private boolean timed(String name, Action action) {
        long t0 = System.nanoTime();
        try {
            action.run();
            actions.computeIfAbsent(name, n -> new Recorder()).add(System.nanoTime() - t0);
            requests.incrementAndGet();
            return true;
        } catch (Exception e) {
            errors.incrementAndGet();
            String kind = name + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            errorKinds.computeIfAbsent(kind.length() > 160 ? kind.substring(0, 160) : kind,
                    k -> new AtomicInteger()).incrementAndGet();
            return e instanceof VaadinClient.LoadFailure f && f.recoverable;
        }
    }

    private void report(double seconds, ServerProbe.Figures server) {
        System.out.printf("%n%-32s %8s %9s %9s %9s %9s%n", "action", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        var all = new Recorder();
        actions.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            var r = e.getValue();
            all.addAll(r);
            System.out.printf("%-32s %8d %9.1f %9.1f %9.1f %9.1f%n", e.getKey(), r.count(), r.percentile(50),
                    r.percentile(95), r.percentile(99), r.percentile(100));
        });
        System.out.printf("%-32s %8d %9.1f %9.1f %9.1f %9.1f%n", "ALL", all.count(), all.percentile(50),
                all.percentile(95), all.percentile(99), all.percentile(100));
        System.out.printf("%nactions: %d in %.0f s = %.1f per second; errors: %d%n", requests.get(), seconds,
                requests.get() / seconds, errors.get());
        errorKinds.forEach((k, v) -> System.out.printf("  error x%d: %s%n", v.get(), k));
        if (browsingTypists.get() > 0) {
            System.out.printf("%d mark typists found no row of their own left in their gradebook and walked the"
                    + " teacher's journey instead%n", browsingTypists.get());
        }
        System.out.println(server.describe());
        long driverCpu = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
        System.out.printf("load driver CPU: %.0f s over %.0f s%n", driverCpu / 1e9, seconds);
    }

    // ---------------------------------------------------------------- memory per UI

    private void memory(int sessions, String route, String role) throws Exception {
        var server = ServerProbe.of(options.get("pid"));
        if (!server.available()) {
            throw new IllegalArgumentException("--memory needs --pid of the server running on this machine");
        }
        List<String> logins = accounts.getOrDefault(role, List.of(role));
        long before = server.liveHeapAfterFullGc();
        Map<String, long[]> histogramBefore = server.histogram();
        List<VaadinClient> tabs = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            var tab = new VaadinClient(base, http);
            tab.signIn(logins.get(i % logins.size()), password);
            tab.navigate(route);
            tabs.add(tab);
        }
        int settle = Integer.parseInt(options.getOrDefault("settle", "0"));
        if (settle > 0) {
            // the tabs stay open and idle, as a reader's do, before the heap is measured
            System.out.printf("tabs open; measuring after %d s idle%n", settle);
            Thread.sleep(settle * 1000L);
        }
        long after = server.liveHeapAfterFullGc();
        System.out.printf("live heap after full GC: %,d KB before, %,d KB with %d %s UIs on /%s: %.1f KB per UI%n",
                before / 1024, after / 1024, sessions, role, route, (after - before) / 1024.0 / sessions);
        System.out.println("largest growth by class (bytes per UI, instances per UI):");
        server.histogram().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[1] - histogramBefore.getOrDefault(e.getKey(), new long[2])[1],
                        e.getValue()[0] - histogramBefore.getOrDefault(e.getKey(), new long[2])[0]}))
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(25)
                .forEach(e -> System.out.printf("  %10.0f %8.1f  %s%n", e.getValue()[0] / (double) sessions,
                        e.getValue()[1] / (double) sessions, e.getKey()));
        for (var tab : tabs) {
            tab.signOut();
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Integer> mix(String spec) {
        Map<String, Integer> mix = new java.util.LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.split("=");
            mix.put(kv[0].strip(), Integer.parseInt(kv[1].strip()));
        }
        return mix;
    }

    /** Deterministic role of user i, spread evenly by the mix's weights. */
    private static String roleOf(int i, Map<String, Integer> mix) {
        int total = mix.values().stream().mapToInt(Integer::intValue).sum();
        int slot = (int) ((i * 37L) % total);
        for (var e : mix.entrySet()) {
            if (slot < e.getValue()) {
                return e.getKey();
            }
            slot -= e.getValue();
        }
        return "student";
    }

    private int intOption(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    private static void think(Random random, int min, int max) {
        try {
            Thread.sleep(min + random.nextInt(Math.max(1, max - min)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Latencies of one action, in nanoseconds. */
    static final class Recorder {
        private final List<Long> values = new ArrayList<>();

        synchronized void add(long nanos) {
            values.add(nanos);
        }

        synchronized void addAll(Recorder other) {
            values.addAll(other.snapshot());
        }

        synchronized List<Long> snapshot() {
            return new ArrayList<>(values);
        }

        synchronized int count() {
            return values.size();
        }

        synchronized double percentile(double p) {
            if (values.isEmpty()) {
                return 0;
            }
            List<Long> sorted = new ArrayList<>(values);
            sorted.sort(null);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
        }
    }

    /** The server process on this machine: CPU time from /proc, heap from jcmd (GC.heap_info). */
    static final class ServerProbe {
        private static final Pattern USED = Pattern.compile("used (\\d+)K");
        private final String pid;
        private long cpuTicksAtStart;
        private long childTicksAtStart;
        private long[] machineAtStart;
        private long startNanos;
        private long peakUsedHeap;
        private java.util.concurrent.ScheduledExecutorService sampler;

        private ServerProbe(String pid) {
            this.pid = pid;
        }

        static ServerProbe of(String pid) {
            return new ServerProbe(pid);
        }

        boolean available() {
            return pid != null && Files.exists(Path.of("/proc", pid));
        }

        void start() {
            if (!available()) {
                return;
            }
            cpuTicksAtStart = cpuTicks();
            childTicksAtStart = childTicks();
            machineAtStart = machineTicks();
            startNanos = System.nanoTime();
            sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> peakUsedHeap = Math.max(peakUsedHeap, usedHeap()), 5, 5,
                    TimeUnit.SECONDS);
        }

        Figures stop() {
            if (!available()) {
                return new Figures(false, 0, 0, 0, 0, 0, 0);
            }
            sampler.shutdownNow();
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            double cpuSeconds = (cpuTicks() - cpuTicksAtStart) / 100.0;
            double childSeconds = (childTicks() - childTicksAtStart) / 100.0;
            long[] machine = machineTicks();
            double busy = machine[1] == machineAtStart[1] ? 0
                    : (double) (machine[0] - machineAtStart[0]) / (machine[1] - machineAtStart[1]);
            return new Figures(true, cpuSeconds, childSeconds, busy, seconds, peakUsedHeap, liveHeapAfterFullGc());
        }

        long liveHeapAfterFullGc() {
            jcmd("GC.run");
            return usedHeap();
        }

        /** Live objects by class after a full GC: class name -> {instances, bytes}. */
        Map<String, long[]> histogram() {
            Map<String, long[]> classes = new HashMap<>();
            for (String line : jcmd("GC.class_histogram").split("\n")) {
                String[] f = line.strip().split("\\s+");
                if (f.length >= 4 && f[0].endsWith(":")) {
                    classes.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
                }
            }
            return classes;
        }

        private long usedHeap() {
            var m = USED.matcher(jcmd("GC.heap_info"));
            return m.find() ? Long.parseLong(m.group(1)) * 1024 : 0;
        }

        private long cpuTicks() {
            return ticksOf(pid);
        }

        /** The CPU of the server's own child processes (the embedded database when it runs one). */
        private long childTicks() {
            return ProcessHandle.of(Long.parseLong(pid)).stream().flatMap(ProcessHandle::descendants)
                    .mapToLong(p -> ticksOf(Long.toString(p.pid()))).sum();
        }

        /** The whole machine, from /proc/stat: {busy ticks, all ticks}. */
        private static long[] machineTicks() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().strip().split("\\s+");
                long all = 0;
                for (int i = 1; i < f.length; i++) {
                    all += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                return new long[] {all - idle, all};
            } catch (IOException | RuntimeException e) {
                return new long[2];
            }
        }

        private static long ticksOf(String pid) {
            try {
                String stat = Files.readString(Path.of("/proc", pid, "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (IOException e) {
                return 0;
            }
        }

        private String jcmd(String command) {
            try {
                Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
                var process = new ProcessBuilder(jcmd.toString(), pid, command).redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes());
                process.waitFor(60, TimeUnit.SECONDS);
                return out;
            } catch (IOException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }

        record Figures(boolean known, double cpuSeconds, double childCpuSeconds, double machineBusy, double seconds,
                long peakUsedHeap, long liveHeapAtEnd) {
            String describe() {
                if (!known) {
                    return "server: pass --pid <server process id> for its CPU and heap";
                }
                return String.format("server CPU: %.0f s over %.0f s (%.0f%% of one core, %d cores here); heap in use"
                        + " at peak %,d MB, live after full GC at the end %,d MB%n"
                        + "embedded database CPU (the server's child processes): %.0f s (%.0f%% of one core);"
                        + " the whole machine busy %.0f%% of its cores", cpuSeconds, seconds,
                        100 * cpuSeconds / seconds, Runtime.getRuntime().availableProcessors(),
                        peakUsedHeap >> 20, liveHeapAtEnd >> 20, childCpuSeconds, 100 * childCpuSeconds / seconds,
                        100 * machineBusy);
            }
        }
    }
}
