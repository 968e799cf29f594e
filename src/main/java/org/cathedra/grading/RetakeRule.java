package org.cathedra.grading;

/** Which of a student's attempts at a component counts; every attempt is kept whichever rule applies. */
public enum RetakeRule {
    /** The latest attempt with a mark. */
    LAST,
    /** The attempt worth most on the five-point scale (the later one on a tie). */
    BEST,
    /** The first attempt with a mark. */
    FIRST
}
