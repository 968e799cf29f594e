package org.cathedra.catalog.internal;

import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Recognises which unique key of the schema refused a write, so that a race lost between the service's own
 * check and the insert still ends in the same translated message as the check.
 */
public final class UniqueKey {

    public static final String PROGRAMME_CODE = "uk_programme_code";
    public static final String COURSE_CODE = "uk_course_code";
    public static final String TERM_YEAR_PART = "uk_term_year_part";
    public static final String OFFERING_SECTION = "uk_offering_course_term_section";

    private UniqueKey() {
    }

    /** Whether {@code e} was caused by a duplicate in the unique key {@code name}. */
    public static boolean isViolated(DataIntegrityViolationException e, String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException cve
                    && cve.getConstraintName() != null
                    && cve.getConstraintName().toLowerCase(Locale.ROOT).contains(key)) {
                return true;
            }
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("duplicate")
                    && message.toLowerCase(Locale.ROOT).contains(key)) {
                return true;
            }
        }
        return false;
    }
}
