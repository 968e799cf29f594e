package org.cathedra.shared;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a user typed into a search box into a {@code like} pattern for queries that declare
 * {@code escape '!'}: a backslash would itself be an escape character inside MariaDB's string literals.
 */
public final class SearchPattern {

    public static final int MAX = 100;

    private SearchPattern() {
    }

    /** {@code %text%} in lower case, spaces folded, wildcards escaped; null when nothing was typed. */
    public static @Nullable String containing(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip().replaceAll("\\s+", " ");
        if (trimmed.length() > MAX) {
            trimmed = trimmed.substring(0, MAX);
        }
        String escaped = trimmed.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
