package org.cathedra.enrollment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.cathedra.enrollment.RosterService;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;

/** Enrolls a whole cohort into an offering and says how many got a seat, wait, or were there already. */
class CohortDialog extends FormDialog {

    final ComboBox<String> cohort = new ComboBox<>();

    CohortDialog(RosterService rosters, long offeringId, Runnable afterwards) {
        super("", () -> false);
        setHeaderTitle(getTranslation("rosters.enrollCohort"));
        cohort.setLabel(getTranslation("rosters.column.cohort"));
        cohort.setItems(rosters.cohorts());
        cohort.setRequiredIndicatorVisible(true);
        saveButton().addClickListener(e -> {
            if (cohort.getValue() == null) {
                cohort.setErrorMessage(getTranslation("error.required", getTranslation("rosters.column.cohort")));
                cohort.setInvalid(true);
                return;
            }
            try {
                RosterService.BulkResult r = rosters.enrollCohort(offeringId, cohort.getValue());
                Notifications.success(getTranslation("rosters.cohortResult", r.enrolled(), r.waitlisted(),
                        r.already(), r.refused()));
                afterwards.run();
                close();
            } catch (RuntimeException refusal) {
                Notifications.error(refusal);
            }
        });
        addFields(cohort).wide(cohort);
    }
}
