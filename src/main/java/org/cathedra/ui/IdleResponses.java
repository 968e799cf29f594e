package org.cathedra.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lets go of the last response each open UI keeps once its session has been idle for a while.
 *
 * <p>Vaadin keeps the whole text of every UI's last response, so that it can send it again if the browser repeats
 * a request whose answer it never received. That text is the largest single thing an open, idle UI holds (a
 * student's dashboard: about 70 KB of its 186 KB, as a UTF-16 string once it holds Cyrillic). A browser repeats a
 * request within seconds; after {@code cathedra.ui.idle-response-release} (one minute) without a request from the
 * session, each of its UIs keeps instead a short answer telling a browser that repeats an old request to load the
 * page again. Vaadin's own answer to a request it cannot repeat, so no state is guessed.
 */
@Component
class IdleResponses implements VaadinServiceInitListener {

    /** What a browser repeating a request that old gets: reload the page (Vaadin's critical-notification answer). */
    static final String RELOAD = "for(;;);[" + VaadinService.createCriticalNotificationJSON(null, null, null, null)
            + "]";

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final Duration after;
    private final LongSupplier clock;

    @Autowired
    IdleResponses(@Value("${cathedra.ui.idle-response-release:PT1M}") Duration after) {
        this(after, System::currentTimeMillis);
    }

    IdleResponses(Duration after, LongSupplier clock) {
        this.after = after;
        this.clock = clock;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.add(e.getSession()));
        event.getSource().addSessionDestroyListener(e -> sessions.remove(e.getSession()));
    }

    /**
     * Looks at the sessions every half minute; a session in use is left alone. Each is looked at under its own lock
     * (Vaadin allows its state to be read only so), taken when the session's current request, if any, is done.
     */
    @Scheduled(fixedDelayString = "${cathedra.ui.idle-response-check:PT30S}")
    void release() {
        long idleSince = clock.getAsLong() - after.toMillis();
        for (VaadinSession session : sessions) {
            session.access(() -> {
                if (session.getState() != VaadinSessionState.OPEN) {
                    sessions.remove(session);
                } else if (session.getLastRequestTimestamp() < idleSince) {
                    session.getUIs().forEach(IdleResponses::release);
                }
            });
        }
    }

    static void release(UI ui) {
        String last = ui.getInternals().getLastRequestResponse();
        if (last != null && last.length() > RELOAD.length()) {
            ui.getInternals().setLastRequestResponse(RELOAD);
        }
    }

    int tracked() {
        return sessions.size();
    }
}
