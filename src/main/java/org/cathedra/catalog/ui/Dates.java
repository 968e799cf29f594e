package org.cathedra.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Dates in the user's language: pickers with translated month and day names, and the usual written form. */
final class Dates {

    private static final List<DayOfWeek> SUNDAY_FIRST = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private Dates() {
    }

    /** A date picker labelled by {@code labelKey} that reads, writes and names dates as the user's locale does. */
    static DatePicker picker(String labelKey) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        DatePicker picker = new DatePicker(ui.getTranslation(labelKey));
        picker.setLocale(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(m -> capitalized(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList());
        i18n.setWeekdays(names(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)));
        i18n.setWeekdaysShort(names(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)));
        i18n.setFirstDayOfWeek(firstDayOfWeek(locale).getValue() % 7);
        i18n.setToday(ui.getTranslation("catalog.date.today"));
        i18n.setCancel(ui.getTranslation("action.cancel"));
        i18n.setBadInputErrorMessage(ui.getTranslation("catalog.error.date"));
        picker.setI18n(i18n);
        return picker;
    }

    /** "1 Sept 2026" or "1 сент. 2026 г.". */
    static String format(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    // a language without a country ("ru", "en") says nothing about weeks: then the ISO week, as in Russia
    private static DayOfWeek firstDayOfWeek(Locale locale) {
        return locale.getCountry().isEmpty() ? DayOfWeek.MONDAY : WeekFields.of(locale).getFirstDayOfWeek();
    }

    private static List<String> names(Function<DayOfWeek, String> name) {
        return SUNDAY_FIRST.stream().map(name).toList();
    }

    private static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
