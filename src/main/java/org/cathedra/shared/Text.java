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

    private static String limited(String value, String field, int maxLength) {
        if (value.length() > maxLength) {
            throw new DomainException("error.tooLong", field, maxLength);
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new DomainException("error.controlCharacters", field);
        }
        return value;
    }
}
