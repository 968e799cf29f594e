package org.cathedra.internship.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people of the institute write them: 28.11.2026 in Russian, 28 Nov 2026 in English. */
final class Dates {

    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    static String of(LocalDate date, Locale locale) {
        return ("ru".equals(locale.getLanguage()) ? RU : EN).format(date);
    }
}
