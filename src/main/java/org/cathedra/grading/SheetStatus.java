package org.cathedra.grading;

/** The examination sheet: open for marks, signed by a teacher, locked once the office confirms it. */
public enum SheetStatus { OPEN, SIGNED, LOCKED }
