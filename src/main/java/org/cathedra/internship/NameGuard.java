package org.cathedra.internship;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Spots free text that looks like a person's full name, which must never stand for a patient in a logbook: two or
 * three capitalised words in a row (Cyrillic or Latin), a surname with initials, or a Russian patronymic. A hint,
 * not a proof: the trainee is warned and may confirm that the text is not a name.
 */
public final class NameGuard {

    private static final String WORD = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
    private static final Pattern FULL_NAME = Pattern.compile("(?<![\\p{L}])" + WORD + "(?:\\s+" + WORD + "){1,2}(?![\\p{L}])");
    private static final Pattern INITIALS = Pattern.compile(
            WORD + "\\s+\\p{Lu}\\.\\s?(?:\\p{Lu}\\.)?|\\p{Lu}\\.\\s?(?:\\p{Lu}\\.\\s?)?" + WORD);
    private static final Pattern PATRONYMIC = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?:ович|евич|ьич|овна|евна|ична|инична)(?![\\p{L}])");

    private NameGuard() {
    }

    /** Whether {@code text} holds something that reads like a person's name. */
    public static boolean looksLikeName(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return FULL_NAME.matcher(text).find() || INITIALS.matcher(text).find() || PATRONYMIC.matcher(text).find();
    }
}
