package org.cathedra.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Vaadin translations from Spring's message bundles (Russian and English). String arguments that are themselves
 * message keys (field names in domain errors) are translated too, so services can name fields by key.
 */
@Component
class MessageBundleI18NProvider implements I18NProvider {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final Locale ENGLISH = Locale.ENGLISH;
    private static final Logger log = LoggerFactory.getLogger(MessageBundleI18NProvider.class);

    private final MessageSource messages;

    MessageBundleI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(RUSSIAN, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale target = supported(locale);
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            args[i] = params[i] instanceof String s && s.indexOf('.') > 0 && !s.contains(" ")
                    ? messages.getMessage(s, null, s, target) : params[i];
        }
        try {
            return messages.getMessage(key, args, target);
        } catch (NoSuchMessageException e) {
            log.warn("Missing translation '{}' for {}", key, target);
            return "!" + key;
        }
    }

    static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : RUSSIAN;
    }
}
