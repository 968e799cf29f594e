package org.cathedra.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cathedra.scheduling.timetabling.ItcFormat;
import org.cathedra.scheduling.timetabling.ItcInstance;
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
        System.out.printf("ITC-2007 track 3, %d s per instance, %d cores%n", seconds,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-8s %8s %14s %6s %6s %10s %7s%n", "instance", "lectures", "first feasible", "hard",
                "soft", "best known", "ratio");
        for (Path file : files) {
            ItcInstance instance;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                instance = ItcFormat.parse(in);
            }
            String name = file.getFileName().toString().replace(".ctt", "");
            ItcSolver.Result result = ItcSolver.solve(instance, Duration.ofSeconds(seconds), null, score -> { });
            try (Writer w = Files.newBufferedWriter(out.resolve(name + ".sol"), StandardCharsets.UTF_8)) {
                ItcFormat.write(result.timetable().assignments(), w);
            }
            Integer best = BEST_KNOWN.get(name);
            System.out.printf("%-8s %8d %14s %6d %6d %10s %7s%n", name, instance.lectureCount(),
                    result.timeToFeasible().map(d -> String.format("%.1f s", d.toMillis() / 1000.0)).orElse("never"),
                    result.score().hard(), result.score().soft(), best == null ? "?" : best.toString(),
                    best == null || best == 0 ? "?" : String.format("%.1f", result.score().soft() / (double) best));
            System.out.println("         " + result.score());
        }
    }
}
