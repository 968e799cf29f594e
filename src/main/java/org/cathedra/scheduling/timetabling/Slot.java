package org.cathedra.scheduling.timetabling;

/** A teaching period: a day of the week and a period of that day, both counted from 0. */
public record Slot(int day, int period) {

    public boolean adjacentTo(Slot other) {
        return day == other.day && Math.abs(period - other.period) == 1;
    }
}
