package org.cathedra.internship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Assigns learners to the offers of a period by serial dictatorship, a deterministic method that is
 * Pareto-efficient and strategy-proof (no learner gains by ranking differently from their true preferences).
 * <ol>
 * <li>Priority order: earlier start year first (senior residents choose first); among learners of the same year, a
 * lottery fixed by the period: {@link #lottery(long, long)} mixes the period id and the student id (SplitMix64), so
 * the order is the same every time for the same period and cannot be chosen by anyone; the student id breaks the
 * (practically impossible) remaining ties.</li>
 * <li>In that order each learner gets the first offer on their ranked list that still has a free slot.</li>
 * <li>Learners whose choices are all full (or who gave none) are then placed, in the same order, at the offer with
 * the most free slots left (lowest offer id on a tie), flagged as placed outside their choices; when no slot is left
 * anywhere they stay unplaced for the office to handle by hand.</li>
 * </ol>
 * The input order of learners and offers does not matter. Slots already taken (placements made earlier) are passed
 * in as the free slots left.
 */
public final class PlacementMatching {

    private PlacementMatching() {
    }

    /** An offer and how many of its slots are still free. */
    public record Offer(long offerId, int freeSlots) {
    }

    /** A learner to place, with their ranked choices (offer ids, best first). */
    public record Applicant(long studentId, int startYear, List<Long> choices) {
        public Applicant {
            choices = List.copyOf(choices);
        }
    }

    /** Where a learner goes; {@code rank} is 1 for their first choice, null when placed outside their choices. */
    public record Assignment(long studentId, long offerId, @Nullable Integer rank) {
    }

    /** The outcome: assignments in priority order, and the learners left unplaced for lack of any slot. */
    public record Result(List<Assignment> assignments, List<Long> unplaced) {
    }

    /** Runs the assignment for period {@code periodId}. */
    public static Result assign(long periodId, List<Offer> offers, List<Applicant> applicants) {
        Map<Long, Integer> free = new HashMap<>();
        for (Offer o : offers) {
            free.merge(o.offerId(), Math.max(0, o.freeSlots()), Integer::sum);
        }
        List<Applicant> order = new ArrayList<>(applicants);
        order.sort(Comparator.comparingInt(Applicant::startYear)
                .thenComparingLong(a -> lottery(periodId, a.studentId()))
                .thenComparingLong(Applicant::studentId));
        Map<Long, Assignment> placed = new LinkedHashMap<>();
        List<Applicant> outside = new ArrayList<>();
        for (Applicant a : order) {
            Assignment got = null;
            List<Long> choices = a.choices();
            for (int i = 0; i < choices.size() && got == null; i++) {
                long offer = choices.get(i);
                if (free.getOrDefault(offer, 0) > 0) {
                    free.merge(offer, -1, Integer::sum);
                    got = new Assignment(a.studentId(), offer, i + 1);
                }
            }
            if (got == null) {
                outside.add(a);
            } else {
                placed.put(a.studentId(), got);
            }
        }
        List<Long> unplaced = new ArrayList<>();
        for (Applicant a : outside) {
            Long best = free.entrySet().stream().filter(e -> e.getValue() > 0)
                    .max(Comparator.<Map.Entry<Long, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(null);
            if (best == null) {
                unplaced.add(a.studentId());
            } else {
                free.merge(best, -1, Integer::sum);
                placed.put(a.studentId(), new Assignment(a.studentId(), best, null));
            }
        }
        return new Result(List.copyOf(placed.values()), List.copyOf(unplaced));
    }

    /** The fixed lottery number of a learner in a period (SplitMix64 of the two ids). */
    static long lottery(long periodId, long studentId) {
        long z = periodId * 0x9E3779B97F4A7C15L + studentId;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
