package org.cathedra.scheduling;

import java.time.LocalDate;
import java.util.List;

/**
 * One reason why a session cannot go where it was put, explained by a message key and its arguments. Hard
 * conflicts block saving unless the office overrides them with a recorded reason.
 *
 * @param kind      what clashes
 * @param date      the occurrence it concerns
 * @param arguments arguments of the message {@code conflict.<kind>}
 */
public record Conflict(Kind kind, LocalDate date, List<String> arguments) {

    public Conflict {
        arguments = List.copyOf(arguments);
    }

    public String messageKey() {
        return "conflict." + kind.name();
    }

    public boolean hard() {
        return kind.hard;
    }

    /** The kinds of conflict; all of them are hard. */
    public enum Kind {
        TEACHER(true), ROOM(true), GROUP(true), STUDENT(true), CAPACITY(true), FEATURE(true), UNAVAILABLE(true);

        private final boolean hard;

        Kind(boolean hard) {
            this.hard = hard;
        }
    }
}
