package org.cathedra.grading.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.cathedra.grading.GradebookService;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;

/** Asks for a reason, then runs the action; a refusal keeps the dialog open. */
final class ReasonPrompt {

    private ReasonPrompt() {
    }

    static FormDialog open(String title, Consumer<String> action, Runnable afterwards) {
        UI ui = UI.getCurrent();
        TextArea reason = new TextArea(ui.getTranslation("grading.reason"));
        reason.setMaxLength(GradebookService.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.addClassName("reason-area");
        FormDialog dialog = new FormDialog(title, () -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(ui.getTranslation("error.required", ui.getTranslation("grading.reason")));
                reason.setInvalid(true);
                return false;
            }
            try {
                action.accept(reason.getValue());
            } catch (RuntimeException e) {
                if (!Notifications.isExplainable(e)) {
                    throw e;
                }
                Notifications.error(e);
                return false;
            }
            afterwards.run();
            return true;
        });
        dialog.addFields(reason).wide(reason);
        dialog.open();
        return dialog;
    }
}
