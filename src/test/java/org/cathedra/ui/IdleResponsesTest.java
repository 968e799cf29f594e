package org.cathedra.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
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
        verify(busySession, never()).access(any());
        // Vaadin's answer to a request it cannot repeat: the browser loads the page again
        assertThat(IdleResponses.RELOAD).startsWith("for(;;);[").contains("appError");
    }

    @Test
    void a_closed_session_is_forgotten() {
        VaadinSession closed = session(0, uiWith(LAST));
        when(closed.getState()).thenReturn(VaadinSessionState.CLOSED);
        track(closed);
        assertThat(idle.tracked()).isOne();

        idle.release();

        assertThat(idle.tracked()).isZero();
        verify(closed, never()).access(any());
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

    private static VaadinSession session(long lastRequest, UI ui) {
        VaadinSession session = mock(VaadinSession.class);
        when(session.getState()).thenReturn(VaadinSessionState.OPEN);
        when(session.getLastRequestTimestamp()).thenReturn(lastRequest);
        when(session.getUIs()).thenReturn(List.of(ui));
        when(session.access(any())).thenAnswer(call -> {
            ((Command) call.getArgument(0)).execute();
            return null;
        });
        return session;
    }
}
