package org.cathedra.internship.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.cathedra.internship.LogbookEntry;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;

/** Asks the supervisor what the trainee should fix, then returns the entry; a refusal keeps the dialog open. */
final class ReturnDialog {

    private ReturnDialog() {
    }

    static FormDialog open(String title, Consumer<String> action, Runnable afterwards) {
        UI ui = UI.getCurrent();
        TextArea comment = new TextArea(ui.getTranslation("internship.entry.comment"));
        comment.setMaxLength(LogbookEntry.COMMENT_MAX);
        comment.setRequiredIndicatorVisible(true);
        comment.addClassName("return-comment");
        FormDialog dialog = new FormDialog(title, () -> {
            if (comment.getValue().isBlank()) {
                comment.setErrorMessage(ui.getTranslation("error.required",
                        ui.getTranslation("internship.entry.comment")));
                comment.setInvalid(true);
                return false;
            }
            try {
                action.accept(comment.getValue());
            } catch (RuntimeException e) {
                if (!Notifications.isExplainable(e)) {
                    throw e;
                }
                Notifications.error(e);
                return false;
            }
            Notifications.success(ui.getTranslation("common.saved"));
            afterwards.run();
            return true;
        });
        dialog.addFields(comment).wide(comment);
        dialog.open();
        return dialog;
    }
}
