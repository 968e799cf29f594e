package org.cathedra.catalog.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.ui.Notifications;

/**
 * Shows why a service refused a save while the form stays open: on the field the refusal names (by its message
 * key, or by the field key given as its first argument), otherwise as a notification.
 */
final class Refusals {

    private Refusals() {
    }

    /** Runs {@code save}; true if it went through, false after showing why it was refused. */
    static boolean attempt(Runnable save, Map<String, ? extends HasValidation> fieldsByKey) {
        try {
            save.run();
            return true;
        } catch (RuntimeException e) {
            show(e, fieldsByKey);
            return false;
        }
    }

    static void show(RuntimeException e, Map<String, ? extends HasValidation> fieldsByKey) {
        String text = Notifications.message(e);
        HasValidation field = null;
        if (e instanceof DomainException d) {
            field = fieldsByKey.get(d.messageKey());
            Object[] args = d.arguments();
            if (field == null && args.length > 0 && args[0] instanceof String key) {
                field = fieldsByKey.get(key);
            }
        }
        if (field == null) {
            Notifications.error(text);
        } else {
            field.setErrorMessage(text);
            field.setInvalid(true);
        }
    }
}
