package org.cathedra.scheduling.solving;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a solve proposes for a term's week: each session it would move, from where to where, and the score of the
 * whole week. Kept in memory until applied or discarded (a restart forgets it; solving again is cheap).
 *
 * @param hard the hard score (0 when no rule is broken)
 * @param soft the soft score (closer to 0 is better)
 */
public record Proposal(long termId, LocalDate monday, long hard, long soft, List<Move> moves, Instant computedAt) {

    public Proposal {
        moves = List.copyOf(moves);
    }

    /** Whether no hard rule is broken. */
    public boolean feasible() {
        return hard == 0;
    }

    /** One session moved: from its date, start and room to new ones; {@code version} is the one the solve saw. */
    public record Move(long sessionId, long version, String label, LocalDate fromDate, LocalTime fromStart,
            String fromRoom, LocalDate toDate, int toPeriod, LocalTime toStart, long toRoomId, String toRoom) {
    }
}
