package org.cathedra.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cathedra.scheduling.timetabling.ItcFormat;
import org.cathedra.scheduling.timetabling.ItcInstance;
import org.cathedra.scheduling.timetabling.ItcScore;
import org.cathedra.scheduling.timetabling.ItcSolver;

/**
 * Solves the ITC-2007 curriculum-based timetabling instances for a set time each and prints the competition's
 * hard and soft scores, the time to the first feasible timetable, and the best known soft score; writes each
 * solution in the competition's output format under target/itc/.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.cathedra.bench.ItcBenchmark -Dexec.args="60 ../shared/data/itc2007"</pre>
 */
public final class ItcBenchmark {

    private static final Map<String, Integer> BEST_KNOWN = Map.of("comp01", 5, "comp05", 284, "comp07", 6);

    private ItcBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path folder = Path.of(args.length > 1 ? args[1] : "../shared/data/itc2007");
        Path out = Path.of("target/itc");
        Files.createDirectories(out);
        List<Path> files;
        try (var list = Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(".ctt")).sorted().toList();
        }
        // -Ditc.search=late:400:1:courseroom (acceptor:size:accepted count:extra moves, see ItcSolver.Search),
        // -Ditc.only=comp01,comp07, -Ditc.seed=1 (the first run's random seed; Timefold's fixed default without it,
        // then 1, 2, ...), -Ditc.runs=2 (solves side by side, the best kept; one per core unless set)
        String[] s = System.getProperty("itc.search", "").split(":");
        ItcSolver.Search search = s.length >= 3 ? new ItcSolver.Search(s[0], Integer.parseInt(s[1]),
                Integer.parseInt(s[2]), s.length > 3 ? s[3] : "") : ItcSolver.Search.DEFAULT;
        Long seed = System.getProperty("itc.seed") == null ? null : Long.getLong("itc.seed");
        int runs = Integer.getInteger("itc.runs", Runtime.getRuntime().availableProcessors());
        List<String> only = List.of(System.getProperty("itc.only", "").split(",")).stream()
                .filter(x -> !x.isBlank()).toList();
        System.out.printf("ITC-2007 track 3, %d s per instance, %d cores, search %s, %d runs side by side from seed %s%n",
                seconds, Runtime.getRuntime().availableProcessors(), search, runs, seed == null ? "default" : seed);
        System.out.printf("%-8s %8s %14s %6s %6s %9s %10s %7s %9s %12s%n", "instance", "lectures", "first feasible",
                "hard", "soft", "soft 60 s", "best known", "ratio", "moves/s", "load before");
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".ctt", "");
            ItcInstance instance;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                instance = ItcFormat.parse(in);
            }
            if (!only.isEmpty() && !only.contains(name)) {
                continue;
            }
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            // a portfolio: as many independent solves as -Ditc.runs (one per core by default), each with its own
            // seed, side by side; the best timetable is kept, and each run's score is printed as well
            List<Long> seeds = new java.util.ArrayList<>();
            for (int run = 0; run < runs; run++) {
                seeds.add(seed == null ? (run == 0 ? null : Long.valueOf(run)) : Long.valueOf(seed + run));
            }
            AtomicInteger softAtMinute = new AtomicInteger(Integer.MAX_VALUE);
            long start = System.nanoTime();
            List<ItcSolver.Result> results;
            var pool = java.util.concurrent.Executors.newFixedThreadPool(runs);
            try {
                List<java.util.concurrent.Future<ItcSolver.Result>> futures = new java.util.ArrayList<>();
                for (Long runSeed : seeds) {
                    futures.add(pool.submit(() -> ItcSolver.solve(instance, Duration.ofSeconds(seconds), null, search,
                            runSeed, score -> {
                                if (score.isSolutionInitialized() && score.hardScore() == 0
                                        && System.nanoTime() - start <= Duration.ofSeconds(60).toNanos()) {
                                    softAtMinute.accumulateAndGet(-score.softScore(), Math::min);
                                }
                            })));
                }
                results = new java.util.ArrayList<>();
                for (var future : futures) {
                    results.add(future.get());
                }
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(name + ": a solve failed", e);
            } finally {
                pool.shutdownNow();
            }
            for (int run = 0; run < results.size(); run++) {
                ItcSolver.Result r = results.get(run);
                System.out.printf("         run %d (seed %s): %s, first feasible %s, %d moves/s%n", run + 1,
                        seeds.get(run) == null ? "default" : seeds.get(run), r.score(),
                        r.timeToFeasible().map(d -> String.format("%.1f s", d.toMillis() / 1000.0)).orElse("never"),
                        r.movesPerSecond());
            }
            ItcSolver.Result result = results.stream().min(java.util.Comparator
                    .comparingInt((ItcSolver.Result r) -> r.score().hard()).thenComparingInt(r -> r.score().soft()))
                    .orElseThrow();
            java.util.Optional<Duration> firstFeasible = results.stream()
                    .flatMap(r -> r.timeToFeasible().stream()).min(Duration::compareTo);
            try (Writer w = Files.newBufferedWriter(out.resolve(name + ".sol"), StandardCharsets.UTF_8)) {
                ItcFormat.write(result.timetable().assignments(), w);
            }
            // the file as written, read back and scored by the rules, must give the figures printed
            ItcScore fromFile;
            try (Reader r = Files.newBufferedReader(out.resolve(name + ".sol"), StandardCharsets.UTF_8)) {
                fromFile = ItcScore.of(instance, ItcFormat.readSolution(r));
            }
            if (!fromFile.equals(result.score())) {
                throw new IllegalStateException(name + ": the written solution scores " + fromFile);
            }
            Integer best = BEST_KNOWN.get(name);
            String load = String.format("%.2f", loadBefore);
            System.out.printf("%-8s %8d %14s %6d %6d %9s %10s %7s %9d %12s%n", name, instance.lectureCount(),
                    firstFeasible.map(d -> String.format("%.1f s", d.toMillis() / 1000.0)).orElse("never"),
                    result.score().hard(), result.score().soft(),
                    softAtMinute.get() == Integer.MAX_VALUE ? "-" : Integer.toString(softAtMinute.get()),
                    best == null ? "?" : best.toString(),
                    best == null || best == 0 ? "?" : String.format("%.1f", result.score().soft() / (double) best),
                    result.movesPerSecond(), load);
            System.out.printf("         %s; load average after %.2f%n", result.score(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
