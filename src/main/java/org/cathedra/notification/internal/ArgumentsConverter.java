package org.cathedra.notification.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import org.cathedra.shared.DomainException;

/**
 * Stores the arguments of a notification in one text column, separated by the ASCII unit separator, which no
 * argument (names, codes, dates, message keys) ever contains.
 */
@Converter
class ArgumentsConverter implements AttributeConverter<List<String>, String> {

    static final int MAX = 2000;
    private static final String SEPARATOR = "\u001F";

    @Override
    public String convertToDatabaseColumn(List<String> arguments) {
        if (arguments.stream().anyMatch(a -> a.contains(SEPARATOR))) {
            throw new DomainException("error.notification.arguments");
        }
        String text = arguments.isEmpty() ? "" : SEPARATOR + String.join(SEPARATOR, arguments);
        if (text.length() > MAX) {
            throw new DomainException("error.notification.arguments");
        }
        return text;
    }

    @Override
    public List<String> convertToEntityAttribute(String text) {
        // a leading separator tells "no arguments" from "one empty argument"
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.substring(1).split(SEPARATOR, -1));
    }
}
