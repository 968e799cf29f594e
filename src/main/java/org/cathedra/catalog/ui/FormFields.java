package org.cathedra.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.ValueProvider;

/**
 * Text and number fields of the catalog's forms, bound with translated messages. Field names are message keys
 * (such as {@code course.code}) shared with the entities' own refusals.
 */
final class FormFields {

    private FormFields() {
    }

    static TextField text(String labelKey, int maxLength) {
        TextField field = new TextField(t(labelKey));
        field.setMaxLength(maxLength);
        return field;
    }

    /** A text field for whole numbers: digits only, and a numeric keyboard on phones. */
    static TextField number(String labelKey) {
        TextField field = new TextField(t(labelKey));
        field.setAllowedCharPattern("[0-9]");
        field.getElement().setAttribute("inputmode", "numeric");
        return field;
    }

    /** Binds required text of at most {@code max} characters; blank text counts as missing. */
    static <F> Binder.Binding<F, String> requiredText(Binder<F> binder, TextField field, String key, int max,
            ValueProvider<F, String> getter, Setter<F, String> setter) {
        String required = t("error.required", key);
        return binder.forField(field).asRequired(required)
                .withValidator(value -> !value.isBlank(), required)
                .withValidator(new StringLengthValidator(t("error.tooLong", key, max), 0, max))
                .bind(getter, setter);
    }

    /** Binds optional text of at most {@code max} characters. */
    static <F> Binder.Binding<F, String> optionalText(Binder<F> binder, TextField field, String key, int max,
            ValueProvider<F, String> getter, Setter<F, String> setter) {
        return binder.forField(field)
                .withValidator(new StringLengthValidator(t("error.tooLong", key, max), 0, max))
                .bind(getter, setter);
    }

    /** Binds a required whole number between {@code min} and {@code max}. */
    static <F> Binder.Binding<F, Integer> wholeNumber(Binder<F> binder, TextField field, String key, int min,
            int max, ValueProvider<F, Integer> getter, Setter<F, Integer> setter) {
        return binder.forField(field).asRequired(t("error.required", key))
                .withConverter(Numbers.wholeNumber(t("catalog.error.wholeNumber", key)))
                .withValidator(new IntegerRangeValidator(t("error.range", key, min, max), min, max))
                .bind(getter, setter);
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
