package org.cathedra.catalog.internal;

/**
 * The names of the catalog's unique keys, for recognising which one refused a write (see shared UniqueKeys).
 */
public final class UniqueKey {

    public static final String PROGRAMME_CODE = "uk_programme_code";
    public static final String COURSE_CODE = "uk_course_code";
    public static final String TERM_YEAR_PART = "uk_term_year_part";
    public static final String OFFERING_SECTION = "uk_offering_course_term_section";

    private UniqueKey() {
    }
}
