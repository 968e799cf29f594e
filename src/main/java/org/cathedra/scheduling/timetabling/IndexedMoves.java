package org.cathedra.scheduling.timetabling;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.Iterator;
import java.util.Random;

/**
 * The custom ITC neighbourhoods: random selection only, each built on the solve's {@link MoveIndex} (made once per
 * solve, not once per step) and the working timetable's {@link Placement}, and sized as {@code lectures x} what a
 * lecture may go to.
 */
abstract class IndexedMoves implements MoveIteratorFactory<ItcTimetable, ReassignMove> {

    private MoveIndex cache;

    /** How many places one lecture may go to in this neighbourhood (rooms, or periods). */
    abstract int placesPerLecture(ItcTimetable timetable);

    /** Draws one move at random; a neighbourhood never runs out of moves. */
    interface Draw {
        ReassignMove next();
    }

    /** How this step's moves are drawn, over the index and the placement of the working timetable. */
    abstract Draw moves(MoveIndex index, Placement placement, Random random);

    @Override
    public final long getSize(ScoreDirector<ItcTimetable> scoreDirector) {
        ItcTimetable t = scoreDirector.getWorkingSolution();
        return (long) t.getLectures().size() * placesPerLecture(t);
    }

    @Override
    public final Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<ItcTimetable> scoreDirector) {
        throw new UnsupportedOperationException("only random selection");
    }

    @Override
    public final Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<ItcTimetable> scoreDirector,
            Random random) {
        cache = MoveIndex.of(scoreDirector.getWorkingSolution(), cache);
        Draw draw = moves(cache, Placement.of(scoreDirector), random);
        return new Iterator<>() {

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ReassignMove next() {
                return draw.next();
            }
        };
    }
}
