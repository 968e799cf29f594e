package org.cathedra.scheduling.timetabling;

/** One lecture of a course placed in a room on a day in a period: a line of the competition's solution format. */
public record ItcAssignment(String courseId, String roomId, int day, int period) {
}
