package org.cathedra.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import java.util.function.Consumer;

/** Two buttons, "RU" and "EN", that switch the session's language at once. */
class LanguageSwitch extends Div {

    LanguageSwitch() {
        this(locale -> { });
    }

    LanguageSwitch(Consumer<Locale> remember) {
        addClassName("language-switch");
        add(button("RU", "Русский", MessageBundleI18NProvider.RUSSIAN, remember),
                button("EN", "English", MessageBundleI18NProvider.ENGLISH, remember));
    }

    private static Button button(String text, String label, Locale locale, Consumer<Locale> remember) {
        Button b = new Button(text, e -> {
            UI ui = UI.getCurrent();
            ui.getSession().setLocale(locale);
            remember.accept(locale);
            ui.getPage().reload();
        });
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(label);
        b.getElement().setAttribute("lang", locale.getLanguage());
        b.setId("lang-" + locale.getLanguage());
        return b;
    }
}
