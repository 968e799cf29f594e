package org.cathedra.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.cathedra.shared.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Consistent, translated notifications for success and for every kind of refusal a service can give. */
public final class Notifications {

    private static final int DURATION_MS = 5000;

    private Notifications() {
    }

    /** A short green confirmation, text already translated. */
    public static void success(String text) {
        Notification n = Notification.show(text, DURATION_MS, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A red error with an already translated text; stays until closed by the user or a timeout. */
    public static void error(String text) {
        Notification n = Notification.show(text, DURATION_MS * 2, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.getElement().setAttribute("role", "alert");
    }

    /** Shows why a service refused, in the user's language; returns the text shown. */
    public static String error(RuntimeException e) {
        String text = message(e);
        error(text);
        return text;
    }

    /** Whether {@code e} is a refusal that {@link #message} can put into words for the user. */
    public static boolean isExplainable(Throwable e) {
        return e instanceof DomainException || e instanceof OptimisticLockingFailureException
                || e instanceof AccessDeniedException || e instanceof DataIntegrityViolationException;
    }

    /** The translated text for a refusal from a service. */
    public static String message(RuntimeException e) {
        UI ui = UI.getCurrent();
        if (e instanceof DomainException d) {
            return ui.getTranslation(d.messageKey(), d.arguments());
        }
        if (e instanceof OptimisticLockingFailureException) {
            return ui.getTranslation("error.concurrentEdit");
        }
        if (e instanceof AccessDeniedException) {
            return ui.getTranslation("error.accessDenied");
        }
        if (e instanceof DataIntegrityViolationException) {
            return ui.getTranslation("error.integrity");
        }
        throw e;
    }
}
