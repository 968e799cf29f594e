package org.cathedra.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Records of the teacher's gradebook: the scheme, and its rows of students by components. */
public final class Gradebook {

    private Gradebook() {
    }

    /** The scheme of an offering and where its sheet stands; {@code defined} is false until a scheme exists. */
    public record Header(OfferingRef offering, boolean defined, RetakeRule rule, SheetStatus sheet,
            List<ComponentInfo> components, @Nullable String signedBy, @Nullable Instant signedAt,
            @Nullable Instant confirmedAt, long drafts) {
    }

    /**
     * One cell: the latest attempt of one student at one component. {@code markId} is null while nothing was ever
     * entered; {@code version} is what a save must still find (optimistic locking).
     */
    public record Cell(long componentId, @Nullable Long markId, long version, int attempt, String text,
            boolean draft, int attempts) {
    }

    /** One student's row with their final grade computed from the current entries. */
    public record Row(long studentId, String studentName, @Nullable String cohort, Map<Long, Cell> cells,
            Computation computation) {

        public Cell cell(long componentId) {
            Cell cell = cells.get(componentId);
            return cell != null ? cell : new Cell(componentId, null, 0, 1, "", false, 0);
        }
    }

    /** A component to add to a scheme. */
    public record ComponentDraft(ComponentKind kind, String name, BigDecimal weight, String scaleCode,
            boolean mustPass) {
    }

    /** One line of a cell's history. */
    public record HistoryLine(Instant at, @Nullable String actor, String action, int attempt,
            @Nullable String before, @Nullable String after, @Nullable String reason) {
    }

    /** A scale to choose for a component. */
    public record ScaleChoice(String code, String name, Scale.Kind kind) {
    }
}
