package org.cathedra.shared;

import org.jspecify.annotations.Nullable;

/** Checks for user-entered text, throwing translated domain errors. */
public final class Text {

    private Text() {
    }

    /** Trims {@code value}; a blank or too long value is refused with {@code field} named in the message. */
    public static String required(@Nullable String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new DomainException("error.required", field);
        }
        return limited(value.strip(), field, maxLength);
    }

    /** Trims {@code value} to null when blank; a too long value is refused. */
    public static @Nullable String optional(@Nullable String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return limited(value.strip(), field, maxLength);
    }

    /**
     * Explicit bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) make text read in
     * another order than it is stored ("Trojan source"); right-to-left scripts themselves are welcome.
     */
    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** No half of a surrogate pair on its own: such text cannot be stored as UTF-8 or shown. */
    private static boolean isWellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String limited(String value, String field, int maxLength) {
        if (value.length() > maxLength) {
            throw new DomainException("error.tooLong", field, maxLength);
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) || isBidiControl(c))) {
            throw new DomainException("error.controlCharacters", field);
        }
        if (!isWellFormed(value)) {
            throw new DomainException("error.invalidText", field);
        }
        return value;
    }
}
