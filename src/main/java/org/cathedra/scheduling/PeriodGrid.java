package org.cathedra.scheduling;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.cathedra.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The institute's day of academic hours ("periods"), from {@code cathedra.schedule.*}: when the first period starts,
 * how long a period is (45 minutes), how many there are, and the break after each period (the last break given
 * repeats for the periods after it).
 *
 * @param firstPeriod   start of period 1, local time at the institute
 * @param periodMinutes length of one academic hour
 * @param periods       periods in a day
 * @param breaks        minutes of break after period 1, 2, ...
 */
@ConfigurationProperties(prefix = "cathedra.schedule")
public record PeriodGrid(@Nullable LocalTime firstPeriod, int periodMinutes, int periods,
        @Nullable List<Integer> breaks) {

    public PeriodGrid {
        if (firstPeriod == null) {
            firstPeriod = LocalTime.of(9, 0);
        }
        if (periodMinutes <= 0) {
            periodMinutes = 45;
        }
        if (periods <= 0) {
            periods = 10;
        }
        breaks = breaks == null || breaks.isEmpty() ? List.of(5, 15, 5, 40, 5, 15, 5, 15, 5) : List.copyOf(breaks);
        LocalTime end = firstPeriod;
        for (int p = 1; p <= periods; p++) {
            LocalTime next = end.plusMinutes(periodMinutes);
            if (next.isBefore(end)) {
                throw new IllegalArgumentException("cathedra.schedule: the periods run past midnight");
            }
            end = next.plusMinutes(p < periods ? breakAfter(breaks, p) : 0);
        }
    }

    /** The default grid: 09:00, 45-minute periods, ten a day, breaks 5, 15, 5, 40, 5, 15, 5, 15, 5. */
    public static PeriodGrid standard() {
        return new PeriodGrid(null, 0, 0, null);
    }

    /** When period {@code period} (1-based) starts. */
    public LocalTime start(int period) {
        check(period);
        LocalTime t = firstPeriod;
        for (int p = 1; p < period; p++) {
            t = t.plusMinutes(periodMinutes + breakAfter(breaks, p));
        }
        return t;
    }

    /** When period {@code period} ends. */
    public LocalTime end(int period) {
        return start(period).plusMinutes(periodMinutes);
    }

    /** The time span of {@code hours} academic hours from period {@code first}; breaks between them included. */
    public LocalTime[] span(int first, int hours) {
        if (hours < 1 || first + hours - 1 > periods) {
            throw new DomainException("error.session.periods", periods);
        }
        return new LocalTime[] {start(first), end(first + hours - 1)};
    }

    /** The period starting exactly at {@code time}, or null. */
    public @Nullable Integer periodStartingAt(LocalTime time) {
        for (int p = 1; p <= periods; p++) {
            if (start(p).equals(time)) {
                return p;
            }
        }
        return null;
    }

    /** The period in which {@code time} falls (the one before a break for times in the break), 1-based. */
    public int periodAt(LocalTime time) {
        int found = 1;
        for (int p = 1; p <= periods; p++) {
            if (!start(p).isAfter(time)) {
                found = p;
            }
        }
        return found;
    }

    /** Every period's start, for choosing one. */
    public List<Integer> all() {
        List<Integer> all = new ArrayList<>();
        for (int p = 1; p <= periods; p++) {
            all.add(p);
        }
        return all;
    }

    private void check(int period) {
        if (period < 1 || period > periods) {
            throw new DomainException("error.session.periods", periods);
        }
    }

    private static int breakAfter(List<Integer> breaks, int period) {
        return breaks.get(Math.min(period, breaks.size()) - 1);
    }
}
