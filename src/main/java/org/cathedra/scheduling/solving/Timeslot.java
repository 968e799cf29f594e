package org.cathedra.scheduling.solving;

import java.time.DayOfWeek;

/** Where a session may start: a weekday and a period of the institute's grid (1-based). */
public record Timeslot(DayOfWeek day, int period) {

    @Override
    public String toString() {
        return day + "/" + period;
    }
}
