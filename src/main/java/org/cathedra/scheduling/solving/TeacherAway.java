package org.cathedra.scheduling.solving;

import java.time.DayOfWeek;

/** A period of the week in which a teacher is unavailable (a recorded unavailability overlaps it). */
public record TeacherAway(long teacherId, DayOfWeek day, int period) {
}
