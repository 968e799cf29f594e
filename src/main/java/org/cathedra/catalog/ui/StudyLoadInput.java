package org.cathedra.catalog.ui;

import static org.cathedra.catalog.ui.FormFields.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import java.math.BigDecimal;
import java.util.Locale;
import org.cathedra.catalog.StudyLoad;
import org.jspecify.annotations.Nullable;

/**
 * A study load typed in credit units or in academic hours: typing in one field fills in the other (1 credit unit =
 * 36 hours). The hours hold the value; credit units are refused when they are not a whole number of hours.
 */
final class StudyLoadInput {

    /** Which of the two fields the user types in; the other one follows. */
    enum Entry { EITHER, CREDIT_UNITS, HOURS }

    final TextField creditUnits = new TextField(t("catalog.load.creditUnits"));
    final TextField hours = FormFields.number("catalog.load.hours");
    private final Locale locale = UI.getCurrent().getLocale();
    private Entry entry = Entry.EITHER;
    // only typed credit units must come to whole hours; those derived from hours are rounded for display
    private boolean creditUnitsTyped;
    private Binder.@Nullable Binding<?, BigDecimal> creditUnitsBinding;

    StudyLoadInput() {
        creditUnits.setAllowedCharPattern("[0-9.,]");
        creditUnits.getElement().setAttribute("inputmode", "decimal");
        creditUnits.setHelperText(t("catalog.load.rate"));
        for (TextField field : new TextField[] {creditUnits, hours}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        creditUnits.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                creditUnitsTyped = true;
                fillHours();
            }
        });
        hours.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                creditUnitsTyped = false;
                fillCreditUnits();
            }
        });
    }

    /** Binds the load of the form bean: required, 1 to {@link StudyLoad#MAX_HOURS} academic hours. */
    <F> void bind(Binder<F> binder, ValueProvider<F, @Nullable StudyLoad> getter,
            Setter<F, @Nullable StudyLoad> setter) {
        binder.forField(hours).asRequired(t("error.required", "catalog.load.hours"))
                .withConverter(Numbers.wholeNumber(t("catalog.error.wholeNumber", "catalog.load.hours")))
                .withValidator((value, context) -> value >= 1 && value <= StudyLoad.MAX_HOURS ? ValidationResult.ok()
                        : ValidationResult.error(t("error.hours", value, StudyLoad.MAX_HOURS)))
                .withConverter(Converter.<Integer, StudyLoad>from(h -> Result.ok(new StudyLoad(h)),
                        load -> load == null ? null : load.academicHours()))
                .bind(getter, setter);
        creditUnitsBinding = binder.forField(creditUnits)
                .withConverter(Numbers.decimal(t("catalog.error.number", "catalog.load.creditUnits"), locale))
                .withValidator((value, context) -> check(value))
                .bind(bean -> {
                    StudyLoad load = getter.apply(bean);
                    return load == null ? null : load.creditUnits();
                }, (bean, ignored) -> { });
    }

    /** Chooses the field the user types in; the other one is shown read-only. */
    void entry(Entry entry) {
        this.entry = entry;
        creditUnits.setReadOnly(entry == Entry.HOURS);
        hours.setReadOnly(entry == Entry.CREDIT_UNITS);
        creditUnitsTyped = entry == Entry.CREDIT_UNITS;
        if (creditUnitsBinding != null && !creditUnits.isEmpty()) {
            creditUnitsBinding.validate();
        }
    }

    private ValidationResult check(@Nullable BigDecimal value) {
        if (value == null) {
            return entry == Entry.CREDIT_UNITS
                    ? ValidationResult.error(t("error.required", "catalog.load.creditUnits")) : ValidationResult.ok();
        }
        if (entry == Entry.CREDIT_UNITS && value.stripTrailingZeros().scale() > 0) {
            return ValidationResult.error(t("error.programme.wholeCredits"));
        }
        if (creditUnitsTyped && toHours(value) == null) {
            return ValidationResult.error(t("error.creditUnitsFraction", Numbers.format(value, locale)));
        }
        return ValidationResult.ok();
    }

    private void fillHours() {
        BigDecimal value = Numbers.parseDecimal(creditUnits.getValue());
        Integer h = value == null ? null : toHours(value);
        if (h != null) {
            hours.setValue(h.toString());
        } else if (creditUnits.isEmpty()) {
            hours.clear();
        }
    }

    private void fillCreditUnits() {
        Integer h = Numbers.parseWhole(hours.getValue());
        if (h == null || h < 1 || h > StudyLoad.MAX_HOURS) {
            creditUnits.clear();
        } else {
            creditUnits.setValue(Numbers.format(new StudyLoad(h).creditUnits(), locale));
        }
    }

    /** Whole academic hours for {@code creditUnits}, in range or not (the hours field checks the range). */
    private static @Nullable Integer toHours(BigDecimal creditUnits) {
        BigDecimal h = creditUnits.multiply(BigDecimal.valueOf(StudyLoad.HOURS_PER_CREDIT_UNIT));
        if (h.stripTrailingZeros().scale() > 0) {
            return null;
        }
        try {
            return h.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
