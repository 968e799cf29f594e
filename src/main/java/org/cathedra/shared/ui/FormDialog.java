package org.cathedra.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.function.BooleanSupplier;

/**
 * The one editing dialog of Cathedra: a title, a responsive form, Cancel and Save. Save runs {@code onSave}; the
 * dialog closes only when it returns true, so a refused save keeps everything the user typed. Enter saves,
 * Escape cancels.
 */
public class FormDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private final Button save = new Button();
    private final Button cancel = new Button();

    public FormDialog(String title, BooleanSupplier onSave) {
        UI ui = UI.getCurrent();
        setHeaderTitle(title);
        addClassName("form-dialog");
        setWidth("min(44rem, 100vw)");
        setCloseOnOutsideClick(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);
        save.setText(ui.getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> {
            if (onSave.getAsBoolean()) {
                close();
            }
        });
        cancel.setText(ui.getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    /** Adds fields to the form, in reading order. */
    public FormDialog addFields(Component... fields) {
        form.add(fields);
        return this;
    }

    /** Lets a field take both columns on wide screens. */
    public FormDialog wide(Component field) {
        form.setColspan(field, 2);
        return this;
    }

    public Button saveButton() {
        return save;
    }

    public Button cancelButton() {
        return cancel;
    }
}
