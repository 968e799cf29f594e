package org.cathedra.scheduling.solving.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import org.cathedra.scheduling.solving.SolveService;
import org.cathedra.scheduling.solving.SolveService.WeekSession;
import org.jspecify.annotations.Nullable;

/** The sessions of the chosen week: which ones a solve may move, and a button to pin or unpin each. */
class WeekSessions extends Grid<WeekSession> {

    WeekSessions(Consumer<WeekSession> onPin) {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(WeekSession::label).setHeader(getTranslation("solve.col.session")).setKey("session")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(s -> DateTimeFormatter.ofPattern("EEE", getLocale()).format(s.date()) + " "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale()).format(s.date()) + " "
                + s.startsAt() + "–" + s.endsAt()).setHeader(getTranslation("solve.col.when")).setKey("when");
        addColumn(WeekSession::room).setHeader(getTranslation("solve.col.room")).setKey("room").setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(this::state).setHeader(getTranslation("solve.col.state")).setKey("state");
        addComponentColumn(s -> pinButton(s, onPin)).setHeader(getTranslation("solve.col.pin")).setKey("pin")
                .setAutoWidth(true).setFlexGrow(0);
        setAllRowsVisible(true);
        setAriaLabel(getTranslation("solve.sessions"));
        setEmptyStateText(getTranslation("solve.sessions.empty"));
    }

    private String state(WeekSession s) {
        if (!s.ofTerm()) {
            return getTranslation("solve.session.otherTerm");
        }
        if (!s.pinned() && !s.movable()) {
            return getTranslation("solve.session.freeTime");
        }
        return getTranslation(s.published() ? "solve.session.published" : "solve.session.draft");
    }

    private Button pinButton(WeekSession s, Consumer<WeekSession> onPin) {
        Button button = new Button(getTranslation(s.pinned() ? "solve.unpin" : "solve.pin"),
                (s.pinned() ? VaadinIcon.LOCK : VaadinIcon.UNLOCK).create(), e -> onPin.accept(s));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (s.pinned()) {
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        }
        button.setAriaLabel(getTranslation(s.pinned() ? "solve.unpin.aria" : "solve.pin.aria", s.label() + " "
                + s.date() + " " + s.startsAt()));
        button.setEnabled(s.ofTerm());
        return button;
    }

    void show(@Nullable Long termId, @Nullable LocalDate monday, SolveService solve) {
        setItems(termId == null || monday == null ? List.of() : solve.week(termId, monday));
    }
}
