package org.cathedra.shared;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Recognises which unique key of the schema refused a write. Services check for duplicates first, but two people
 * saving at the same moment both pass that check; the loser's database error then becomes the same translated
 * message the check would have given.
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /** Whether {@code e} was caused by a duplicate in the unique key named {@code key}. */
    public static boolean isViolated(DataIntegrityViolationException e, String key) {
        String name = key.toLowerCase(Locale.ROOT);
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException c && c.getConstraintName() != null
                    && c.getConstraintName().toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The domain error for the violated key among {@code byKey}, or {@code e} itself when it is another one. */
    public static RuntimeException explain(DataIntegrityViolationException e,
            Map<String, Supplier<DomainException>> byKey) {
        for (var entry : byKey.entrySet()) {
            if (isViolated(e, entry.getKey())) {
                return entry.getValue().get();
            }
        }
        return e;
    }
}
