package org.cathedra.directory.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import java.util.HashMap;
import java.util.Map;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Shows why a service refused a save inside the still open dialog: on the field the refusal is about (named by
 * its message key or, as in "error.required", by its first argument), otherwise in a line above the form.
 */
final class Refusals extends Paragraph {

    private final Map<String, HasValidation> fields = new HashMap<>();

    Refusals() {
        addClassName("form-refusal");
        getElement().setAttribute("role", "alert");
        getStyle().set("color", "var(--lumo-error-text-color)");
        setVisible(false);
    }

    /** Puts the refusal line above the dialog's form. */
    Refusals showIn(FormDialog dialog) {
        dialog.addComponentAsFirst(this);
        return this;
    }

    /** Refusals with one of these keys (or naming one of these field keys) are shown on {@code field}. */
    Refusals on(HasValidation field, String... keys) {
        for (String key : keys) {
            fields.put(key, field);
        }
        return this;
    }

    /** Shows the refusal and returns false, so that the dialog stays open; anything else is rethrown. */
    boolean show(RuntimeException e) {
        if (!Notifications.isExplainable(e)) {
            throw e;
        }
        String text = Notifications.message(e);
        HasValidation field = fieldOf(e);
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
            setVisible(false);
        } else {
            setText(text);
            setVisible(true);
            if (e instanceof OptimisticLockingFailureException) {
                Notifications.error(text);
            }
        }
        return false;
    }

    private @Nullable HasValidation fieldOf(RuntimeException e) {
        if (!(e instanceof DomainException d)) {
            return null;
        }
        HasValidation field = fields.get(d.messageKey());
        if (field == null && d.arguments().length > 0 && d.arguments()[0] instanceof String key) {
            field = fields.get(key);
        }
        return field;
    }
}
