package org.cathedra.scheduling.timetabling;

/**
 * Two different courses whose lectures must not share a period, and how strongly: 1 if one teacher teaches both,
 * plus 1 for every curriculum that contains both. Kept in both orders so that a join needs no symmetry.
 */
public record CourseConflict(String left, String right, int weight) {
}
