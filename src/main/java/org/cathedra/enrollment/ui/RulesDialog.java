package org.cathedra.enrollment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.enrollment.EnrollmentRules;
import org.cathedra.enrollment.EnrollmentWindow;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;

/** The office sets an offering's own enrollment window (local time at the institute) and how it admits. */
class RulesDialog extends FormDialog {

    final DateTimePicker opens = new DateTimePicker();
    final DateTimePicker closes = new DateTimePicker();
    final DateTimePicker withdrawUntil = new DateTimePicker();
    final Checkbox byApplication = new Checkbox();

    RulesDialog(EnrollmentRules rules, CourseOffering offering, boolean admitsByApplication, ZoneId zone,
            Runnable afterwards) {
        super("", () -> false);
        setHeaderTitle(getTranslation("rosters.rules"));
        opens.setLabel(getTranslation("rosters.rules.opens"));
        closes.setLabel(getTranslation("rosters.rules.closes"));
        withdrawUntil.setLabel(getTranslation("rosters.rules.withdrawUntil"));
        byApplication.setLabel(getTranslation("rosters.rules.byApplication"));
        byApplication.setValue(admitsByApplication);
        rules.windowOf(offering.getId()).ifPresent((EnrollmentWindow w) -> {
            opens.setValue(LocalDateTime.ofInstant(w.getOpensAt(), zone));
            closes.setValue(LocalDateTime.ofInstant(w.getClosesAt(), zone));
            withdrawUntil.setValue(LocalDateTime.ofInstant(w.getWithdrawUntil(), zone));
        });
        saveButton().addClickListener(e -> {
            for (DateTimePicker field : List.of(opens, closes, withdrawUntil)) {
                field.setInvalid(field.getValue() == null);
                field.setErrorMessage(getTranslation("error.required", field.getLabel()));
            }
            if (opens.isInvalid() || closes.isInvalid() || withdrawUntil.isInvalid()) {
                return;
            }
            try {
                rules.openWindow(offering.getTerm().getId(), offering.getId(), opens.getValue().atZone(zone)
                        .toInstant(), closes.getValue().atZone(zone).toInstant(),
                        withdrawUntil.getValue().atZone(zone).toInstant());
                rules.admitByApplication(offering.getId(), byApplication.getValue());
                Notifications.success(getTranslation("common.saved"));
                afterwards.run();
                close();
            } catch (RuntimeException refusal) {
                Notifications.error(refusal);
            }
        });
        addFields(opens, closes, withdrawUntil, byApplication);
    }
}
