package org.cathedra.internship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cathedra.internship.PlacementMatching.Applicant;
import org.cathedra.internship.PlacementMatching.Assignment;
import org.cathedra.internship.PlacementMatching.Offer;
import org.cathedra.internship.PlacementMatching.Result;
import org.junit.jupiter.api.Test;

/** The assignment's properties on many generated periods: slots, choices, priority and determinism. */
class PlacementMatchingTest {

    private static final int RUNS = 500;

    record Instance(long periodId, List<Offer> offers, List<Applicant> applicants) {
    }

    private static Instance generate(Random random) {
        int offerCount = 1 + random.nextInt(8);
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < offerCount; i++) {
            offers.add(new Offer(100 + i, random.nextInt(6)));
        }
        int applicantCount = random.nextInt(40);
        List<Applicant> applicants = new ArrayList<>();
        for (int i = 0; i < applicantCount; i++) {
            List<Long> ids = new ArrayList<>(offers.stream().map(Offer::offerId).toList());
            Collections.shuffle(ids, random);
            applicants.add(new Applicant(1000 + i, 2024 + random.nextInt(3), ids.subList(0, random.nextInt(ids.size() + 1))));
        }
        return new Instance(random.nextInt(50), offers, applicants);
    }

    @Test
    void no_slot_is_over_filled_and_nobody_is_placed_twice() {
        Random random = new Random(1);
        for (int run = 0; run < RUNS; run++) {
            Instance in = generate(random);
            Result result = PlacementMatching.assign(in.periodId(), in.offers(), in.applicants());
            Map<Long, Integer> taken = new HashMap<>();
            Set<Long> students = new HashSet<>();
            for (Assignment a : result.assignments()) {
                taken.merge(a.offerId(), 1, Integer::sum);
                assertThat(students.add(a.studentId())).as("placed once: %s", a).isTrue();
            }
            for (Offer o : in.offers()) {
                assertThat(taken.getOrDefault(o.offerId(), 0)).as("run %d, offer %d", run, o.offerId())
                        .isLessThanOrEqualTo(o.freeSlots());
            }
            assertThat(result.assignments().size() + result.unplaced().size()).isEqualTo(in.applicants().size());
            int slots = in.offers().stream().mapToInt(Offer::freeSlots).sum();
            assertThat(result.assignments()).hasSize(Math.min(slots, in.applicants().size()));
        }
    }

    @Test
    void a_learner_is_placed_outside_their_choices_only_when_every_choice_is_full() {
        Random random = new Random(2);
        for (int run = 0; run < RUNS; run++) {
            Instance in = generate(random);
            Result result = PlacementMatching.assign(in.periodId(), in.offers(), in.applicants());
            Map<Long, Integer> taken = new HashMap<>();
            result.assignments().forEach(a -> taken.merge(a.offerId(), 1, Integer::sum));
            Map<Long, Integer> slots = new HashMap<>();
            in.offers().forEach(o -> slots.put(o.offerId(), o.freeSlots()));
            Map<Long, Applicant> byId = new HashMap<>();
            in.applicants().forEach(a -> byId.put(a.studentId(), a));
            for (Assignment a : result.assignments()) {
                List<Long> choices = byId.get(a.studentId()).choices();
                if (a.rank() == null) {
                    assertThat(choices).as("run %d: %s placed outside choices", run, a)
                            .allSatisfy(c -> assertThat(taken.getOrDefault(c, 0)).isEqualTo(slots.get(c)));
                } else {
                    assertThat(choices.get(a.rank() - 1)).isEqualTo(a.offerId());
                }
            }
            for (long unplaced : result.unplaced()) {
                assertThat(taken.values().stream().mapToInt(Integer::intValue).sum())
                        .as("unplaced %d only when every slot is taken", unplaced)
                        .isEqualTo(slots.values().stream().mapToInt(Integer::intValue).sum());
            }
        }
    }

    @Test
    void nobody_envies_a_learner_of_lower_priority() {
        // serial dictatorship: a learner who got a worse choice than an offer they ranked higher must have seen it
        // filled by learners earlier in the priority order, never by later ones
        Random random = new Random(3);
        for (int run = 0; run < RUNS; run++) {
            Instance in = generate(random);
            Result result = PlacementMatching.assign(in.periodId(), in.offers(), in.applicants());
            List<Assignment> order = result.assignments().stream().filter(a -> a.rank() != null).toList();
            Map<Long, Applicant> byId = new HashMap<>();
            in.applicants().forEach(a -> byId.put(a.studentId(), a));
            for (int i = 0; i < order.size(); i++) {
                Assignment mine = order.get(i);
                List<Long> better = byId.get(mine.studentId()).choices().subList(0, mine.rank() - 1);
                for (int j = i + 1; j < order.size(); j++) {
                    assertThat(better).as("run %d", run).doesNotContain(order.get(j).offerId());
                }
            }
        }
    }

    @Test
    void the_same_input_gives_the_same_result_whatever_its_order() {
        Random random = new Random(4);
        for (int run = 0; run < RUNS; run++) {
            Instance in = generate(random);
            Result first = PlacementMatching.assign(in.periodId(), in.offers(), in.applicants());
            List<Applicant> shuffledApplicants = new ArrayList<>(in.applicants());
            Collections.shuffle(shuffledApplicants, random);
            List<Offer> shuffledOffers = new ArrayList<>(in.offers());
            Collections.shuffle(shuffledOffers, random);
            Result again = PlacementMatching.assign(in.periodId(), shuffledOffers, shuffledApplicants);
            assertThat(again).isEqualTo(first);
        }
    }

    @Test
    void senior_residents_choose_first() {
        List<Offer> offers = List.of(new Offer(1, 1), new Offer(2, 1));
        Result result = PlacementMatching.assign(7, offers, List.of(
                new Applicant(10, 2026, List.of(1L, 2L)), new Applicant(11, 2025, List.of(1L, 2L))));
        assertThat(result.assignments()).containsExactly(new Assignment(11, 1, 1), new Assignment(10, 2, 2));
    }
}
