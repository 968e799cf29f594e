package org.cathedra.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.SessionInitListener;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The last response an idle UI keeps is let go of; a UI in use keeps it. */
class IdleResponsesTest {

    private static final String LAST = "for(;;);[{\"syncId\":7,\"changes\":[" + "{}".repeat(5_000) + "]}]";

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final IdleResponses idle = new IdleResponses(Duration.ofMinutes(1), now::get);

    @Test
    void an_idle_session_keeps_only_a_short_answer_and_one_in_use_keeps_its_last_response() {
        UI quiet = uiWith(LAST);
        UI busy = uiWith(LAST);
        VaadinSession quietSession = session(now.get() - Duration.ofMinutes(2).toMillis(), quiet);
        VaadinSession busySession = session(now.get() - Duration.ofSeconds(10).toMillis(), busy);
        track(quietSession);
        track(busySession);

        idle.release();

        assertThat(quiet.getInternals().getLastRequestResponse()).isEqualTo(IdleResponses.RELOAD)
                .hasSizeLessThan(LAST.length() / 10);
        assertThat(busy.getInternals().getLastRequestResponse()).isEqualTo(LAST);
        // Vaadin's answer to a request it cannot repeat: the browser loads the page again
        assertThat(IdleResponses.RELOAD).startsWith("for(;;);[").contains("appError");
    }

    @Test
    void a_closed_session_is_forgotten() {
        VaadinSession closed = session(0, uiWith(LAST));
        doReturn(VaadinSessionState.CLOSED).when(closed).getState();
        track(closed);
        assertThat(idle.tracked()).isOne();

        idle.release();

        assertThat(idle.tracked()).isZero();
    }

    @Test
    void a_session_is_looked_at_only_under_its_lock() {
        UI quiet = uiWith(LAST);
        VaadinSession session = session(now.get() - Duration.ofMinutes(2).toMillis(), quiet);
        track(session);

        idle.release();

        verify(session).access(any());
        // the mocked session refuses to tell its state or last request outside access(), as Vaadin does
        assertThat(quiet.getInternals().getLastRequestResponse()).isEqualTo(IdleResponses.RELOAD);
    }

    private void track(VaadinSession session) {
        VaadinService service = mock(VaadinService.class);
        idle.serviceInit(new ServiceInitEvent(service));
        ArgumentCaptor<SessionInitListener> listener = ArgumentCaptor.forClass(SessionInitListener.class);
        verify(service).addSessionInitListener(listener.capture());
        try {
            listener.getValue().sessionInit(new SessionInitEvent(service, session, null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static UI uiWith(String lastResponse) {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse(lastResponse);
        return ui;
    }

    /** A session that, like Vaadin's, tells its state, last request and UIs only to who holds its lock. */
    private static VaadinSession session(long lastRequest, UI ui) {
        VaadinSession session = mock(VaadinSession.class);
        boolean[] locked = {false};
        when(session.getState()).thenAnswer(call -> locked(locked, VaadinSessionState.OPEN));
        when(session.getLastRequestTimestamp()).thenAnswer(call -> locked(locked, lastRequest));
        when(session.getUIs()).thenAnswer(call -> locked(locked, List.of(ui)));
        when(session.access(any())).thenAnswer(call -> {
            locked[0] = true;
            try {
                ((Command) call.getArgument(0)).execute();
            } finally {
                locked[0] = false;
            }
            return null;
        });
        return session;
    }

    private static <T> T locked(boolean[] locked, T value) {
        if (!locked[0]) {
            throw new IllegalStateException("Cannot access state in VaadinSession or UI without locking the session.");
        }
        return value;
    }
}
