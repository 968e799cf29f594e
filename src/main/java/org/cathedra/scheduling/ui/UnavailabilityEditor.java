package org.cathedra.scheduling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Predicate;
import org.cathedra.scheduling.PeriodGrid;
import org.cathedra.scheduling.TeacherUnavailability;
import org.cathedra.scheduling.TeacherUnavailability.Recurrence;
import org.cathedra.scheduling.UnavailabilityService.Draft;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * Adds or changes one unavailable time: every week on a weekday, or from one date to another, each from an academic
 * hour to an academic hour, with a reason. The save callback returns false (and the dialog stays) on a refusal.
 */
final class UnavailabilityEditor {

    final FormDialog dialog;
    final RadioButtonGroup<Recurrence> recurrence = new RadioButtonGroup<>();
    final Select<DayOfWeek> weekday = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker until = new DatePicker();
    final Select<Integer> firstPeriod = new Select<>();
    final Select<Integer> lastPeriod = new Select<>();
    final TextField reason = new TextField();
    final Paragraph refusal = new Paragraph();

    UnavailabilityEditor(PeriodGrid grid, @Nullable Draft values, LocalDate today, Predicate<Draft> save) {
        Locale locale = UI.getCurrent().getLocale();
        dialog = new FormDialog(t(values == null ? "unavailability.new" : "unavailability.edit"),
                () -> attempt(save));
        dialog.addClassName("unavailability-editor");
        recurrence.setLabel(t("unavailability.recurrence"));
        recurrence.setItems(Recurrence.values());
        recurrence.setItemLabelGenerator(r -> t("unavailability.recurrence." + r.name()));
        weekday.setLabel(t("unavailability.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale));
        from.setLabel(t("unavailability.from"));
        until.setLabel(t("unavailability.until"));
        from.setLocale(locale);
        until.setLocale(locale);
        from.addValueChangeListener(e -> {
            if (e.getValue() != null && (until.isEmpty() || until.getValue().isBefore(e.getValue()))) {
                until.setValue(e.getValue());
            }
        });
        firstPeriod.setLabel(t("unavailability.firstPeriod"));
        lastPeriod.setLabel(t("unavailability.lastPeriod"));
        firstPeriod.setItems(grid.all());
        lastPeriod.setItems(grid.all());
        firstPeriod.setItemLabelGenerator(p -> t("session.period", p, grid.start(p), grid.end(p)));
        lastPeriod.setItemLabelGenerator(p -> t("session.period", p, grid.start(p), grid.end(p)));
        reason.setLabel(t("unavailability.reason"));
        reason.setMaxLength(TeacherUnavailability.REASON_MAX);
        reason.setRequired(true);
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        recurrence.addValueChangeListener(e -> showFor(e.getValue()));

        Draft start = values != null ? values : Draft.weekly(today.getDayOfWeek() == DayOfWeek.SUNDAY
                ? DayOfWeek.MONDAY : today.getDayOfWeek(), 1, grid.periods(), "");
        recurrence.setValue(start.recurrence());
        weekday.setValue(start.weekday() == null ? DayOfWeek.MONDAY : start.weekday());
        from.setValue(start.from() == null ? today : start.from());
        until.setValue(start.until() == null ? today : start.until());
        firstPeriod.setValue(start.firstPeriod());
        lastPeriod.setValue(start.lastPeriod());
        reason.setValue(start.reason() == null ? "" : start.reason());
        showFor(start.recurrence());

        dialog.addFields(recurrence, weekday, from, until, firstPeriod, lastPeriod, reason);
        dialog.wide(recurrence);
        dialog.wide(weekday);
        dialog.wide(reason);
        dialog.addComponentAtIndex(0, refusal);
    }

    void open() {
        dialog.open();
        reason.focus();
    }

    private void showFor(@Nullable Recurrence r) {
        boolean weekly = r != Recurrence.DATES;
        weekday.setVisible(weekly);
        from.setVisible(!weekly);
        until.setVisible(!weekly);
    }

    /** The draft the fields describe; the service refuses what is missing or wrong, with its reason. */
    Draft draft() {
        int first = firstPeriod.getValue() == null ? 0 : firstPeriod.getValue();
        int last = lastPeriod.getValue() == null ? 0 : lastPeriod.getValue();
        return new Draft(recurrence.getValue() == null ? Recurrence.WEEKLY : recurrence.getValue(),
                weekday.getValue(), from.getValue(), until.getValue(), first, last, reason.getValue());
    }

    private boolean attempt(Predicate<Draft> save) {
        try {
            return save.test(draft());
        } catch (RuntimeException e) {
            if (!Notifications.isExplainable(e)) {
                throw e;
            }
            refusal.setText(Notifications.message(e));
            refusal.setVisible(true);
            return false;
        }
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
