package org.cathedra.scheduling.timetabling;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The custom neighbourhoods' moves: what each does to the timetable, and the score kept right through it. */
class ItcMovesTest {

    private static ItcInstance comp01() {
        return ItcFormat.parse(new InputStreamReader(ItcMovesTest.class.getResourceAsStream("/itc2007/comp01.ctt"),
                StandardCharsets.UTF_8));
    }

    /** Every lecture in its own period and room: no room is used twice (other clashes may remain). */
    private static ItcTimetable spread(ItcInstance instance, Random random) {
        ItcTimetable t = ItcTimetable.of(instance);
        List<int[]> places = new ArrayList<>();
        for (int s = 0; s < t.getSlots().size(); s++) {
            for (int r = 0; r < t.getRooms().size(); r++) {
                places.add(new int[] {s, r});
            }
        }
        Collections.shuffle(places, random);
        for (int i = 0; i < t.getLectures().size(); i++) {
            t.getLectures().get(i).setSlot(t.getSlots().get(places.get(i)[0]));
            t.getLectures().get(i).setRoom(t.getRooms().get(places.get(i)[1]));
        }
        return t;
    }

    private static Map<Lecture, String> state(ItcTimetable t) {
        Map<Lecture, String> out = new HashMap<>();
        t.getLectures().forEach(l -> out.put(l, l.getSlot() + "/" + l.getRoom().id()));
        return out;
    }

    private static Map<Slot, Set<String>> roomsByPeriod(ItcTimetable t) {
        Map<Slot, Set<String>> out = new HashMap<>();
        t.getLectures().forEach(l -> out.computeIfAbsent(l.getSlot(), k -> new HashSet<>()).add(l.getRoom().id()));
        return out;
    }

    private static void assertScoreRight(ItcInstance instance, ItcTimetable t, ItcIncrementalScore score) {
        HardSoftScore kept = score.calculateScore();
        ItcScore rules = ItcScore.of(instance, t.assignments());
        assertThat(-kept.hardScore()).isEqualTo(rules.hard());
        assertThat(-kept.softScore()).isEqualTo(rules.soft());
    }

    /** Undoes a move by putting every lecture back where {@code before} had it. */
    private static void restore(ItcTimetable t, Map<Lecture, Slot> slots, Map<Lecture, ItcInstance.Room> rooms,
            ScoreDirector<ItcTimetable> director) {
        List<Lecture> all = t.getLectures();
        new ReassignMove(all, all.stream().map(slots::get).toList(), all.stream().map(rooms::get).toList())
                .doMoveOnGenuineVariables(director);
    }

    @Test
    void a_room_move_trades_rooms_within_one_period_and_never_makes_a_room_clash() {
        ItcInstance instance = comp01();
        Random random = new Random(11);
        ItcTimetable t = spread(instance, random);
        ItcIncrementalScore score = new ItcIncrementalScore();
        score.resetWorkingSolution(t);
        ScoreDirector<ItcTimetable> director = new Director(t, score);
        RoomMoves moves = new RoomMoves();
        int done = 0;
        for (int i = 0; i < 300; i++) {
            ReassignMove move = moves.createRandomMoveIterator(director, random).next();
            if (!move.isMoveDoable(director)) {
                continue;
            }
            Map<Lecture, Slot> slotsBefore = new HashMap<>();
            Map<Lecture, ItcInstance.Room> roomsBefore = new HashMap<>();
            t.getLectures().forEach(l -> {
                slotsBefore.put(l, l.getSlot());
                roomsBefore.put(l, l.getRoom());
            });
            Map<Lecture, String> before = state(t);
            HardSoftScore scoreBefore = score.calculateScore();
            Map<Slot, Set<String>> periodsBefore = roomsByPeriod(t);
            move.doMoveOnGenuineVariables(director);
            done++;
            int changed = 0;
            for (Lecture l : t.getLectures()) {
                assertThat(l.getSlot()).isEqualTo(slotsBefore.get(l));
                if (!l.getRoom().equals(roomsBefore.get(l))) {
                    changed++;
                }
            }
            assertThat(changed).as("one lecture to a free room, or two trading rooms").isBetween(1, 2);
            Map<Slot, Set<String>> periodsAfter = roomsByPeriod(t);
            if (changed == 2) {
                assertThat(periodsAfter).isEqualTo(periodsBefore);
            }
            assertThat(ItcScore.of(instance, t.assignments()).roomOccupancy()).isZero();
            assertScoreRight(instance, t, score);
            if (random.nextBoolean()) {
                restore(t, slotsBefore, roomsBefore, director);
                assertThat(state(t)).isEqualTo(before);
                assertThat(score.calculateScore()).isEqualTo(scoreBefore);
            }
        }
        assertThat(done).isGreaterThan(200);
    }

    /** Passes the moves' variable changes to the incremental score, as Timefold's score director does. */
    private record Director(ItcTimetable timetable, ItcIncrementalScore score)
            implements ScoreDirector<ItcTimetable> {

        @Override
        public ItcTimetable getWorkingSolution() {
            return timetable;
        }

        @Override
        public void beforeVariableChanged(Object entity, String variableName) {
            score.beforeVariableChanged(entity, variableName);
        }

        @Override
        public void afterVariableChanged(Object entity, String variableName) {
            score.afterVariableChanged(entity, variableName);
        }

        @Override
        public void beforeListVariableElementAssigned(Object entity, String variableName, Object element) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void afterListVariableElementAssigned(Object entity, String variableName, Object element) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void beforeListVariableElementUnassigned(Object entity, String variableName, Object element) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void afterListVariableElementUnassigned(Object entity, String variableName, Object element) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void beforeListVariableChanged(Object entity, String variableName, int fromIndex, int toIndex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void afterListVariableChanged(Object entity, String variableName, int fromIndex, int toIndex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void triggerVariableListeners() {
            // no shadow variables
        }

        @Override
        public <E> E lookUpWorkingObject(E externalObject) {
            return externalObject;
        }

        @Override
        public <E> E lookUpWorkingObjectOrReturnNull(E externalObject) {
            return externalObject;
        }
    }
}
