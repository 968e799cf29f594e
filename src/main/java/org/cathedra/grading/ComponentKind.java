package org.cathedra.grading;

/** The kinds of assessment a scheme is made of. */
public enum ComponentKind { TEST, PRACTICAL, COLLOQUIUM, EXAM }
