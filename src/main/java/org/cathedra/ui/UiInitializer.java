package org.cathedra.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import org.cathedra.directory.CurrentUser;
import org.cathedra.shared.ui.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Prepares every UI: the user's language and theme, and an error handler that turns refusals into translated
 * notifications and anything unexpected into a short message with a reference to the log, never a stack trace.
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiInitializer.class);
    private final CurrentUser currentUser;

    UiInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(error -> handle(error.getThrowable())));
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            currentUser.get().ifPresent(user -> UiPreferences.applyOnce(ui.getSession(), user));
            UiPreferences.apply(ui);
        });
    }

    private static void handle(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof RuntimeException r && isKnown(r))) {
            cause = cause.getCause();
        }
        if (UI.getCurrent() == null || VaadinSession.getCurrent() == null) {
            log.error("Unexpected error outside a UI", error);
            return;
        }
        if (cause instanceof RuntimeException r && isKnown(r)) {
            Notifications.error(r);
            return;
        }
        if (DatabaseTrouble.isDiskFull(error)) {
            log.error("The database's disk is full, a change was not saved: {}", rootMessage(error));
            Notifications.error(UI.getCurrent().getTranslation("error.diskFull"));
            return;
        }
        if (DatabaseTrouble.isUnavailable(error)) {
            log.warn("The database does not answer: {}", error.toString());
            Notifications.error(UI.getCurrent().getTranslation("error.unavailable"));
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, error);
        Notifications.error(UI.getCurrent().getTranslation("error.unexpected", reference));
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    private static boolean isKnown(RuntimeException e) {
        return Notifications.isExplainable(e);
    }
}
