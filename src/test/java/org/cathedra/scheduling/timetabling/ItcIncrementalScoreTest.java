package org.cathedra.scheduling.timetabling;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItcIncrementalScoreTest {

    private static ItcInstance load(String name) {
        return ItcFormat.parse(new InputStreamReader(
                ItcIncrementalScoreTest.class.getResourceAsStream("/itc2007/" + name + ".ctt"), StandardCharsets.UTF_8));
    }

    private static void assertSame(ItcInstance instance, ItcTimetable t, HardSoftScore incremental, String when) {
        ItcScore rules = ItcScore.of(instance, t.assignments());
        assertThat(-incremental.hardScore()).as("hard %s", when).isEqualTo(rules.hard());
        assertThat(-incremental.softScore()).as("soft %s", when).isEqualTo(rules.soft());
    }

    /** The score's own placement (what the neighbourhoods read) agrees with the timetable as it is. */
    private static void assertPlacement(ItcIncrementalScore score, ItcTimetable t, String when) {
        Placement now = new Placement.Snapshot(t);
        for (int i = 0; i < t.getLectures().size(); i++) {
            assertThat(score.slotOf(i)).as("period of lecture %d %s", i, when).isEqualTo(now.slotOf(i));
            assertThat(score.roomOf(i)).as("room of lecture %d %s", i, when).isEqualTo(now.roomOf(i));
        }
        for (int s = 0; s < t.getSlots().size(); s++) {
            assertThat(members(score, s)).as("lectures of period %d %s", s, when).isEqualTo(members(now, s));
        }
    }

    private static java.util.Set<Integer> members(Placement p, int slot) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (int k = 0; k < p.countAt(slot); k++) {
            out.add(p.lectureAt(slot, k));
        }
        assertThat(out).hasSize(p.countAt(slot));
        return out;
    }

    private static void change(ItcIncrementalScore score, Lecture l, String variable, Runnable set) {
        score.beforeVariableChanged(l, variable);
        set.run();
        score.afterVariableChanged(l, variable);
    }

    @ParameterizedTest
    @ValueSource(strings = {"comp01", "comp05", "comp07"})
    void equals_the_competition_score_and_keeps_each_periods_lectures_on_random_timetables_and_moves(String name) {
        ItcInstance instance = load(name);
        Random random = new Random(name.hashCode());
        for (int round = 0; round < 3; round++) {
            ItcTimetable t = ItcTimetable.of(instance);
            List<Slot> slots = t.getSlots();
            List<ItcInstance.Room> rooms = t.getRooms();
            List<Lecture> lectures = t.getLectures();
            // squeezed into a few periods and rooms in some rounds, so that clashes and shared curricula abound
            int slotSpan = round % 2 == 0 ? slots.size() : 3;
            int roomSpan = round % 2 == 0 ? rooms.size() : 2;
            for (Lecture l : lectures) {
                l.setSlot(slots.get(random.nextInt(slotSpan)));
                l.setRoom(rooms.get(random.nextInt(roomSpan)));
            }
            ItcIncrementalScore score = new ItcIncrementalScore();
            score.resetWorkingSolution(t);
            assertSame(instance, t, score.calculateScore(), "round " + round + " from scratch");
            for (int move = 0; move < 80; move++) {
                Lecture a = lectures.get(random.nextInt(lectures.size()));
                Lecture b = lectures.get(random.nextInt(lectures.size()));
                switch (random.nextInt(5)) {
                    case 0 -> {
                        Slot s = slots.get(random.nextInt(slotSpan));
                        change(score, a, "slot", () -> a.setSlot(s));
                    }
                    case 1 -> {
                        ItcInstance.Room r = rooms.get(random.nextInt(roomSpan));
                        change(score, a, "room", () -> a.setRoom(r));
                    }
                    case 2 -> {
                        Slot sa = a.getSlot();
                        Slot sb = b.getSlot();
                        change(score, a, "slot", () -> a.setSlot(sb));
                        change(score, b, "slot", () -> b.setSlot(sa));
                    }
                    case 3 -> {
                        // both variables announced before either changes, as the custom neighbourhoods' move does
                        Slot s = slots.get(random.nextInt(slotSpan));
                        ItcInstance.Room r = rooms.get(random.nextInt(roomSpan));
                        score.beforeVariableChanged(a, "slot");
                        score.beforeVariableChanged(a, "room");
                        a.setSlot(s);
                        a.setRoom(r);
                        score.afterVariableChanged(a, "slot");
                        score.afterVariableChanged(a, "room");
                    }
                    default -> {
                        // unassigned and placed again, as the construction heuristic and ruin moves do
                        Slot s = a.getSlot();
                        change(score, a, "slot", () -> a.setSlot(null));
                        assertSame(instance, t, score.calculateScore(), "round " + round + " lecture unplaced");
                        assertPlacement(score, t, "round " + round + " lecture unplaced");
                        change(score, a, "slot", () -> a.setSlot(s));
                    }
                }
                assertSame(instance, t, score.calculateScore(), "round " + round + " after move " + move);
                assertPlacement(score, t, "round " + round + " after move " + move);
            }
        }
    }
}
