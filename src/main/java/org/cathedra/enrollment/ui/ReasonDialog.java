package org.cathedra.enrollment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.cathedra.enrollment.Enrollment;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;

/** Asks for the reason of a withdrawal or a decision, then runs it; a refusal keeps the dialog open. */
final class ReasonDialog {

    private ReasonDialog() {
    }

    static FormDialog open(String title, Consumer<String> action, Runnable afterwards) {
        UI ui = UI.getCurrent();
        TextArea reason = new TextArea(ui.getTranslation("enrollment.reason"));
        reason.setMaxLength(Enrollment.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.addClassName("reason-field");
        FormDialog dialog = new FormDialog(title, () -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(ui.getTranslation("error.required", ui.getTranslation("enrollment.reason")));
                reason.setInvalid(true);
                return false;
            }
            try {
                action.accept(reason.getValue());
            } catch (RuntimeException e) {
                Notifications.error(e);
                return false;
            }
            Notifications.success(ui.getTranslation("common.saved"));
            afterwards.run();
            return true;
        });
        dialog.addFields(reason).wide(reason);
        dialog.open();
        return dialog;
    }
}
