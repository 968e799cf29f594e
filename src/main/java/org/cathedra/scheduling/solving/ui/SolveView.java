package org.cathedra.scheduling.solving.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.cathedra.catalog.Term;
import org.cathedra.scheduling.solving.SolveProgress;
import org.cathedra.scheduling.solving.SolveService;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.Confirm;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;

/**
 * The office's "Solve": choose a term, a week and a time limit, watch the best score while the solver works (the
 * page polls every second), then apply or discard the proposal. The week's sessions can be pinned here.
 */
@Route("admin/timetable/solve")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 27.5, icon = "vaadin:automation", title = "nav.solve")
class SolveView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int POLL_MS = 1000;
    static final int DEFAULT_SECONDS = 30;

    private final SolveService solve;
    final Select<Term> term = new Select<>();
    final DatePicker week = new DatePicker();
    final IntegerField seconds = new IntegerField();
    final Button start = new Button();
    final Button stop = new Button();
    final Span state = new Span();
    final Span score = new Span();
    final Span elapsed = new Span();
    final ProgressBar working = new ProgressBar();
    final ProposalPanel proposal;
    final WeekSessions sessions;
    private @Nullable Registration polling;

    SolveView(SolveService solve) {
        this.solve = solve;
        addClassName("solve-view");
        setWidthFull();
        term.setLabel(getTranslation("solve.term"));
        term.setItemLabelGenerator(t -> t.getAcademicYearLabel() + " · " + getTranslation("term.part." + t.getPart()));
        term.setItems(solve.terms());
        week.setLabel(getTranslation("solve.week"));
        seconds.setLabel(getTranslation("solve.seconds"));
        seconds.setMin(SolveService.MIN_SECONDS);
        seconds.setMax(SolveService.MAX_SECONDS);
        seconds.setStepButtonsVisible(true);
        seconds.setValue(DEFAULT_SECONDS);
        start.setText(getTranslation("solve.start"));
        start.setIcon(VaadinIcon.AUTOMATION.create());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> start());
        stop.setText(getTranslation("solve.stop"));
        stop.setIcon(VaadinIcon.STOP.create());
        stop.addClickListener(e -> stop());
        Div filters = new Div(term, week, seconds);
        filters.addClassName("filter-bar");

        working.setIndeterminate(true);
        working.getElement().setAttribute("aria-label", getTranslation("solve.state.SOLVING"));
        state.addClassName("solve-state");
        state.getElement().setAttribute("role", "status");
        Div status = new Div(state, score, elapsed);
        status.addClassName("solve-status");

        proposal = new ProposalPanel(this::apply, this::discard);
        sessions = new WeekSessions(this::pin);
        add(new ViewHeader(getTranslation("solve.title"), getTranslation("solve.subtitle"), start, stop), filters,
                status, working, proposal, new H2(getTranslation("solve.sessions")), sessions);

        term.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                week.setValue(solve.firstWeek(e.getValue().getId()));
            }
            refresh();
        });
        week.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().getDayOfWeek() != DayOfWeek.MONDAY) {
                week.setValue(e.getValue().with(DayOfWeek.MONDAY));
                return;
            }
            sessions.show(termId(), week.getValue(), solve);
        });
        LocalDate today = LocalDate.now();
        List<Term> terms = solve.terms();
        terms.stream().filter(t -> t.contains(today)).findFirst().or(() -> terms.stream().findFirst())
                .ifPresent(term::setValue);
        seconds.addClassName("solve-seconds");
        term.setWidth("min(20rem, 100%)");
        seconds.setWidth("min(16rem, 100%)");
        start.addClassName("solve-start");
        refresh();
    }

    /** Deep links: {@code ?term=<id>&week=<ISO date>}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        query.getOrDefault("term", List.of()).stream().findFirst().flatMap(id -> term.getListDataView().getItems()
                .filter(t -> String.valueOf(t.getId()).equals(id)).findFirst()).ifPresent(term::setValue);
        query.getOrDefault("week", List.of()).stream().findFirst().ifPresent(text -> {
            try {
                week.setValue(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                // a mistyped link keeps the term's first week
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }

    private @Nullable Long termId() {
        return term.getValue() == null ? null : term.getValue().getId();
    }

    void start() {
        Long id = termId();
        if (id == null || week.getValue() == null || seconds.getValue() == null) {
            Notifications.error(getTranslation("solve.error.term"));
            return;
        }
        try {
            solve.start(id, week.getValue(), seconds.getValue());
            Notifications.success(getTranslation("solve.started"));
        } catch (RuntimeException e) {
            Notifications.error(e);
        }
        refresh();
    }

    void stop() {
        Long id = termId();
        if (id != null) {
            solve.stop(id);
            refresh();
        }
    }

    void apply() {
        Long id = termId();
        if (id == null) {
            return;
        }
        try {
            int moved = solve.apply(id);
            Notifications.success(getTranslation("solve.applied", moved));
            sessions.show(id, week.getValue(), solve);
        } catch (RuntimeException e) {
            Notifications.error(e);
        }
        refresh();
    }

    void discard() {
        Long id = termId();
        if (id == null) {
            return;
        }
        Confirm.ask(getTranslation("solve.discard.confirm.title"), getTranslation("solve.discard.confirm.text"),
                getTranslation("solve.discard"), () -> {
                    solve.discard(id);
                    Notifications.success(getTranslation("solve.discarded"));
                    refresh();
                });
    }

    private void pin(SolveService.WeekSession session) {
        try {
            solve.pin(session.id(), session.version(), !session.pinned());
            Notifications.success(getTranslation(session.pinned() ? "solve.unpinned" : "solve.pinned",
                    session.label()));
        } catch (RuntimeException e) {
            Notifications.error(e);
        }
        sessions.show(termId(), week.getValue(), solve);
    }

    /** Shows where the term's solve stands; keeps polling while it runs and reloads the week when it has ended. */
    void refresh() {
        Long id = termId();
        SolveProgress progress = id == null ? null : solve.progress(id);
        SolveProgress.State now = progress == null ? SolveProgress.State.IDLE : progress.state();
        boolean solving = now == SolveProgress.State.SOLVING;
        state.setText(getTranslation("solve.state." + now.name()));
        score.setText(progress == null || progress.hard() == null ? ""
                : getTranslation("solve.score", progress.hard(), progress.soft()));
        elapsed.setText(progress == null || now == SolveProgress.State.IDLE ? ""
                : getTranslation("solve.elapsed", progress.elapsed().toSeconds()));
        working.setVisible(solving);
        start.setEnabled(!solving && id != null);
        stop.setEnabled(solving);
        term.setReadOnly(solving);
        week.setReadOnly(solving);
        boolean wasPolling = UI.getCurrent() != null && UI.getCurrent().getPollInterval() > 0;
        if (UI.getCurrent() != null) {
            UI.getCurrent().setPollInterval(solving ? POLL_MS : -1);
        }
        proposal.show(progress == null ? null : progress.proposal());
        if (wasPolling && !solving) {
            sessions.show(id, week.getValue(), solve);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("solve.title");
    }
}
