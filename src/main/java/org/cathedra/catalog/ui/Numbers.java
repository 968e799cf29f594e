package org.cathedra.catalog.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Numbers typed into text fields and shown back: whole numbers without grouping, decimals with either a comma or
 * a point (Russian keyboards type a comma), shown with the separator of the user's language.
 */
final class Numbers {

    private Numbers() {
    }

    /** A converter for whole numbers; anything else is refused with {@code error}. */
    static Converter<String, Integer> wholeNumber(String error) {
        return Converter.from(text -> {
            String s = clean(text);
            if (s.isEmpty()) {
                return Result.ok(null);
            }
            try {
                return Result.ok(Integer.valueOf(s));
            } catch (NumberFormatException e) {
                return Result.error(error);
            }
        }, value -> value == null ? "" : value.toString());
    }

    /** A converter for decimal numbers; anything else is refused with {@code error}. */
    static Converter<String, BigDecimal> decimal(String error, Locale locale) {
        return Converter.from(text -> {
            String s = clean(text);
            if (s.isEmpty()) {
                return Result.ok(null);
            }
            BigDecimal value = parseDecimal(s);
            return value == null ? Result.error(error) : Result.ok(value);
        }, value -> value == null ? "" : format(value, locale));
    }

    /** The decimal the user typed, or null when it is not a number. */
    static @Nullable BigDecimal parseDecimal(@Nullable String text) {
        String s = clean(text).replace(',', '.');
        if (s.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The whole number the user typed, or null when it is not one. */
    static @Nullable Integer parseWhole(@Nullable String text) {
        try {
            return Integer.valueOf(clean(text));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Up to two decimals, no grouping, the decimal separator of {@code locale}: "0.5", "0,5", "120". */
    static String format(BigDecimal value, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale));
        return format.format(value);
    }

    private static String clean(@Nullable String text) {
        return text == null ? "" : text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
    }
}
