package org.cathedra.directory;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Turns what a user typed into a search box into a LIKE pattern, with '!' as the escape character. */
final class SearchText {

    static final int MAX = 100;

    private SearchText() {
    }

    /** A "contains" pattern for {@code text}, or null when there is nothing to search for. */
    static @Nullable String contains(@Nullable String text) {
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
