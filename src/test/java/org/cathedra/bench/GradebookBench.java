package org.cathedra.bench;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.QueryParameters;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.cathedra.grading.ComponentInfo;
import org.cathedra.grading.ComponentKind;
import org.cathedra.grading.Gradebook;
import org.cathedra.grading.GradebookService;
import org.cathedra.grading.GradingFixture;
import org.cathedra.grading.RetakeRule;
import org.cathedra.testing.SignIn;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The gradebook of 300 students by 30 components, measured on the server: opening the view and rendering its first
 * screen (navigation plus the first round trip, which fetches the first page of rows), saving one mark through the
 * service and through the grid's editor, and the heap one open gradebook UI holds. Run alone with
 * {@code ./mvnw -B test -Pbench -Dtest=GradebookBench}; sizes through -Dbench.students and -Dbench.components. Not a
 * test: it prints figures and asserts nothing.
 * <p>
 * The heap is measured as a production server holds it: in development mode Vaadin's component tracker keeps a
 * stack trace for every component created and attached (about 280 KB for one gradebook), which production mode does
 * not; the tracker is switched off here.
 */
class GradebookBench extends UiTest {

    static {
        // read by Vaadin from the system properties when it first tracks a component, before any UI of this class
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    private static final int STUDENTS = Integer.getInteger("bench.students", 300);
    private static final int COMPONENTS = Integer.getInteger("bench.components", 30);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);
    private static final int VIEWS = Integer.getInteger("bench.views", 10);
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired
    GradingFixture fixture;
    @Autowired
    GradebookService gradebooks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void gradebook() throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        GradingFixture.Setup setup = fixture.offering(STUDENTS);
        SignIn.as(accounts, "teacher");
        List<Gradebook.ComponentDraft> drafts = new ArrayList<>();
        for (int i = 0; i < COMPONENTS; i++) {
            boolean exam = i == COMPONENTS - 1;
            drafts.add(new Gradebook.ComponentDraft(exam ? ComponentKind.EXAM : ComponentKind.TEST,
                    exam ? "Экзамен" : "Тест " + (i + 1), exam ? BigDecimal.TEN : BigDecimal.ONE,
                    i % 5 == 4 ? "HUNDRED" : "FIVE", exam));
        }
        gradebooks.defineScheme(setup.offeringId(), RetakeRule.LAST, drafts);
        List<ComponentInfo> parts = gradebooks.header(setup.offeringId(), RU).components();
        fill(setup, parts);
        long offering = setup.offeringId();

        signIn("teacher", RU);
        QueryParameters query = QueryParameters.of("offering", String.valueOf(offering));
        long[] open = new long[ROUNDS];
        for (int i = -5; i < ROUNDS; i++) { // five rounds of warm-up
            UI.getCurrent().navigate("");
            MockVaadin.clientRoundtrip(false);
            long started = System.nanoTime();
            UI.getCurrent().navigate("gradebook", query);
            MockVaadin.clientRoundtrip(false);
            if (i >= 0) {
                open[i] = System.nanoTime() - started;
            }
        }

        long[] save = new long[ROUNDS * 4];
        Random random = new Random(7);
        for (int i = -20; i < save.length; i++) {
            long student = setup.students().get(random.nextInt(STUDENTS));
            ComponentInfo part = parts.get(random.nextInt(COMPONENTS - 1));
            Gradebook.Cell cell = gradebooks.row(offering, student, RU).cell(part.id());
            String value = part.scale().kind() == org.cathedra.grading.Scale.Kind.HUNDRED_POINT
                    ? String.valueOf(random.nextInt(101)) : String.valueOf(2 + random.nextInt(4));
            long started = System.nanoTime();
            gradebooks.save(offering, part.id(), student, cell.markId(), cell.version(), value, null, RU);
            if (i >= 0) {
                save[i] = System.nanoTime() - started;
            }
        }

        long heapPerView = heapPerView(offering);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "%nGradebook benchmark: %d students x %d components (%d marks), %d cores, "
                        + "load average %.2f before / %.2f after%n", STUDENTS, COMPONENTS, STUDENTS * COMPONENTS,
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        System.out.printf(Locale.ROOT, "open the view and render the first screen: median %.1f ms, p95 %.1f ms, "
                + "max %.1f ms (target < 500 ms)%n", ms(percentile(open, 50)), ms(percentile(open, 95)),
                ms(percentile(open, 100)));
        System.out.printf(Locale.ROOT, "save one mark (service, with checks, history and audit): median %.1f ms, "
                + "p95 %.1f ms (target < 50 ms)%n", ms(percentile(save, 50)), ms(percentile(save, 95)));
        System.out.printf(Locale.ROOT, "heap held per open gradebook UI: %d KB (%d views measured; target < 500 KB)%n",
                heapPerView / 1024, VIEWS);
    }

    /** Opens {@code VIEWS} gradebooks at once in the UI and divides the heap they hold by their number. */
    private long heapPerView(long offering) throws Exception {
        UI.getCurrent().navigate("");
        MockVaadin.clientRoundtrip(false);
        Class<?> type = Class.forName("org.cathedra.grading.ui.GradebookView");
        Method show = type.getDeclaredMethod("show", Long.class);
        show.setAccessible(true);
        long[] samples = new long[3];
        for (int round = 0; round < samples.length; round++) {
            long before = usedHeap();
            List<Component> views = new ArrayList<>();
            for (int i = 0; i < VIEWS; i++) {
                Component view = (Component) Instantiator.get(UI.getCurrent()).getOrCreate(type);
                UI.getCurrent().add(view);
                show.invoke(view, offering);
                views.add(view);
            }
            MockVaadin.clientRoundtrip(false);
            long after = usedHeap();
            samples[round] = (after - before) / VIEWS;
            views.forEach(v -> UI.getCurrent().remove(v));
            MockVaadin.clientRoundtrip(false);
        }
        Arrays.sort(samples);
        return samples[1];
    }

    private void fill(GradingFixture.Setup setup, List<ComponentInfo> parts) {
        Random random = new Random(11);
        List<Object[]> rows = new ArrayList<>();
        for (long student : setup.students()) {
            for (ComponentInfo part : parts) {
                BigDecimal value = part.scale().kind() == org.cathedra.grading.Scale.Kind.HUNDRED_POINT
                        ? BigDecimal.valueOf(random.nextInt(10001), 2) : BigDecimal.valueOf(2 + random.nextInt(4));
                rows.add(new Object[] {part.id(), student, value});
            }
        }
        jdbc.batchUpdate("""
                insert into mark (version, component_id, student_id, attempt, mark_value, excused, published_excused,
                  changed_at) values (0, ?, ?, 1, ?, false, false, current_timestamp(6))""", rows);
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
