package org.cathedra.scheduling.solving;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Where the solve of a term stands: its state, the best score so far (null before the first), the time spent, and
 * the proposal once it has ended.
 */
public record SolveProgress(State state, @Nullable Long hard, @Nullable Long soft, Duration elapsed,
        @Nullable Proposal proposal) {

    /** The life of a solve. */
    public enum State { IDLE, SOLVING, FINISHED, FAILED }

    static SolveProgress idle() {
        return new SolveProgress(State.IDLE, null, null, Duration.ZERO, null);
    }
}
