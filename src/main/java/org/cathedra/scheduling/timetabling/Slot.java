package org.cathedra.scheduling.timetabling;

/** A teaching period: a day of the week and a period of that day, both counted from 0. */
public record Slot(int day, int period) {

    public boolean adjacentTo(Slot other) {
        return day == other.day && Math.abs(period - other.period) == 1;
    }

    // written out: the neighbourhoods compare periods on every move, and the generated record methods are slower
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Slot s && s.day == day && s.period == period;
    }

    @Override
    public int hashCode() {
        return day * 31 + period;
    }
}
