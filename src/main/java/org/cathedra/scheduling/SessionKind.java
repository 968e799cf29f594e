package org.cathedra.scheduling;

/** The kinds of timetable session. */
public enum SessionKind {
    LECTURE, SEMINAR, PRACTICAL, EXAM
}
