package org.cathedra.scheduling.solving;

/** A group of students whose day should be compact and stay in few rooms. */
public record Cohort(String name) {
}
