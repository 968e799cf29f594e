package org.cathedra.catalog.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a user typed into a search box into a {@code like} pattern for the queries of this package, which
 * all use {@code escape '!'}: a backslash would be an escape character inside MariaDB's string literals.
 */
public final class SearchText {

    private SearchText() {
    }

    /** {@code %text%} in lower case with the wildcards escaped, or null when nothing was typed. */
    public static @Nullable String containing(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
