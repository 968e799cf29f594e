package org.cathedra.directory;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.cathedra.shared.DomainException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Explains a unique-key violation reported by the database as the domain error the services would have raised:
 * the services check for duplicates first, but two administrators saving at the same moment pass both checks.
 */
final class UniqueKeys {

    private UniqueKeys() {
    }

    /** The domain error for the violated key among {@code byKey}, or {@code e} itself when it is another one. */
    static RuntimeException explain(DataIntegrityViolationException e,
            Map<String, Supplier<DomainException>> byKey) {
        String violated = violatedKey(e);
        for (var entry : byKey.entrySet()) {
            if (violated.contains(entry.getKey().toLowerCase(Locale.ROOT))) {
                return entry.getValue().get();
            }
        }
        return e;
    }

    private static String violated(Throwable e) {
        if (e instanceof org.hibernate.exception.ConstraintViolationException c && c.getConstraintName() != null) {
            return c.getConstraintName();
        }
        return String.valueOf(e.getMessage());
    }

    private static String violatedKey(Throwable e) {
        StringBuilder names = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            names.append(violated(t)).append(' ');
        }
        return names.toString().toLowerCase(Locale.ROOT);
    }
}
