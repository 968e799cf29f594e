package org.cathedra.scheduling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.Consumer;
import org.cathedra.scheduling.SessionView;
import org.jspecify.annotations.Nullable;

/** One session in a calendar: course, type, time, room and groups; a button when it can be opened. */
final class SessionChip {

    private SessionChip() {
    }

    static Component of(SessionView s, Locale locale, boolean compact, @Nullable Consumer<SessionView> open) {
        UI ui = UI.getCurrent();
        String time = ui.getTranslation("session.time", s.startsAt(), s.endsAt());
        Component chip;
        if (open != null) {
            NativeButton button = new NativeButton();
            button.addClickListener(e -> open.accept(s));
            chip = button;
        } else {
            chip = new Div();
        }
        chip.getElement().getClassList().add("session-chip");
        chip.getElement().getClassList().add("kind-" + s.kind().name().toLowerCase(Locale.ROOT));
        chip.getElement().getClassList().set("cancelled", s.cancelled());
        chip.getElement().getClassList().set("draft", !s.published());
        Span title = new Span(compact ? s.courseCode() : s.courseCode() + " " + s.courseName(locale));
        title.addClassName("chip-title");
        Span meta = new Span(time + " · " + ui.getTranslation("session.kind." + s.kind().name()) + " · "
                + s.roomCode());
        meta.addClassName("chip-meta");
        chip.getElement().appendChild(title.getElement(), meta.getElement());
        if (!compact && !s.cohorts().isEmpty()) {
            Span groups = new Span(String.join(", ", s.cohorts()));
            groups.addClassName("chip-meta");
            chip.getElement().appendChild(groups.getElement());
        }
        String marks = (s.cancelled() ? ui.getTranslation("session.cancelled") + " " : "")
                + (s.published() ? "" : ui.getTranslation("session.draft") + " ")
                + (s.moved() ? ui.getTranslation("session.moved") : "");
        if (!marks.isBlank()) {
            Span badge = new Span(marks.strip());
            badge.addClassName("chip-badge");
            chip.getElement().appendChild(badge.getElement());
        }
        chip.getElement().setAttribute("title", s.courseCode() + " " + s.courseName(locale) + ", " + time + ", "
                + s.roomCode() + ", " + String.join(", ", s.teacherNames()));
        return chip;
    }
}
