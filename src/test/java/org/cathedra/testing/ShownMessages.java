package org.cathedra.testing;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** What the application's own message bundles say, for tests that look for a message on a screen. */
public final class ShownMessages {

    private ShownMessages() {
    }

    /**
     * The opening words of a message in English and in Russian, up to its first argument: what every showing of it
     * contains, whatever the arguments.
     */
    public static List<String> openingWords(String key) {
        var control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return List.of(Locale.ROOT, Locale.forLanguageTag("ru")).stream()
                .map(locale -> ResourceBundle.getBundle("messages", locale, control).getString(key))
                .map(text -> text.contains("{") ? text.substring(0, text.indexOf('{')) : text)
                .map(String::strip).toList();
    }
}
