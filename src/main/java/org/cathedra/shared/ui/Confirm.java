package org.cathedra.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before a destructive or hard-to-undo action. */
public final class Confirm {

    private Confirm() {
    }

    /** Opens a confirmation with translated texts; {@code onConfirm} runs only if the user confirms. */
    public static ConfirmDialog ask(String header, String text, String confirmText, Runnable onConfirm) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, e -> onConfirm.run());
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
        return dialog;
    }
}
