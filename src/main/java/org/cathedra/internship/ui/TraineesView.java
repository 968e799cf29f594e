package org.cathedra.internship.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.cathedra.internship.EvaluationService;
import org.cathedra.internship.LogbookEntry;
import org.cathedra.internship.LogbookService;
import org.cathedra.internship.LogbookService.EntryRow;
import org.cathedra.internship.LogbookService.PlacementSummary;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;

/**
 * A supervisor's trainees: choose one, read their logbook, sign entries off one by one or all at once, return one
 * with a comment; the site supervisor evaluates, the academic supervisor grades.
 */
@Route("internship/trainees")
@RolesAllowed(Roles.TEACHER)
@Menu(order = 7, icon = "vaadin:stethoscope", title = "nav.internship.trainees")
class TraineesView extends VerticalLayout implements HasDynamicTitle {

    private final LogbookService logbook;
    private final EvaluationService evaluations;
    final Grid<PlacementSummary> trainees = new Grid<>();
    final Div detail = new Div();
    final Div heading = new Div();
    final ProgressPanel progress = new ProgressPanel();
    final Grid<EntryRow> entries = EntryColumns.grid("signoff-grid");
    final Button signSelected = new Button();
    final Button signAll = new Button();
    final Button evaluate = new Button();
    final Button grade = new Button();
    final EmptyState none;
    final EmptyState choose;
    private @Nullable PlacementSummary current;

    TraineesView(LogbookService logbook, EvaluationService evaluations) {
        this.logbook = logbook;
        this.evaluations = evaluations;
        addClassName("trainees-view");
        trainees.addClassName("trainees-grid");
        trainees.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        trainees.setAllRowsVisible(true);
        trainees.addColumn(PlacementSummary::trainee).setKey("trainee").setFlexGrow(2)
                .setHeader(getTranslation("internship.trainee"));
        trainees.addColumn(p -> p.site() + " · " + p.period()).setKey("site").setFlexGrow(3)
                .setHeader(getTranslation("internship.site"));
        trainees.addColumn(p -> getTranslation("internship.progress.bar", getTranslation("internship.progress.hours"),
                ProgressPanel.plain(p.progress().hours().signed()),
                ProgressPanel.plain(p.progress().hours().required()))).setKey("hours").setFlexGrow(2)
                .setHeader(getTranslation("internship.progress"));
        trainees.addColumn(PlacementSummary::pendingEntries).setKey("pending").setAutoWidth(true).setFlexGrow(0)
                .setHeader(getTranslation("internship.pending"));
        trainees.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));

        entries.setSelectionMode(Grid.SelectionMode.MULTI);
        EntryColumns.add(entries, this, true);
        entries.addComponentColumn(this::returnButton).setKey("actions").setAutoWidth(true).setFlexGrow(0)
                .setHeader(getTranslation("common.actions"));
        signSelected.setText(getTranslation("internship.trainees.signSelected"));
        signSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signSelected.addClassName("sign-selected");
        signSelected.addClickListener(e -> sign(entries.getSelectedItems().stream().map(EntryRow::id).toList()));
        signAll.setText(getTranslation("internship.trainees.signAll"));
        signAll.addClassName("sign-all");
        signAll.addClickListener(e -> act(() -> signed(logbook.signAllPending(placementId()))));
        evaluate.setText(getTranslation("internship.trainees.evaluate"));
        evaluate.addClassName("evaluate-button");
        evaluate.addClickListener(e -> EvaluationDialogs.evaluate(current, evaluations, this::refresh));
        grade.setText(getTranslation("internship.trainees.grade"));
        grade.addClassName("grade-button");
        grade.addClickListener(e -> EvaluationDialogs.grade(current, evaluations, this::refresh));
        HorizontalLayout buttons = new HorizontalLayout(signSelected, signAll, evaluate, grade);
        buttons.setWrap(true);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        detail.addClassName("trainee-detail");
        detail.add(heading, new H2(getTranslation("internship.progress")), progress, buttons, entries);
        none = new EmptyState(getTranslation("internship.trainees.none"));
        choose = new EmptyState(getTranslation("internship.trainees.choose"));
        add(new ViewHeader(getTranslation("internship.trainees.title"), getTranslation("internship.trainees.subtitle")),
                none, trainees, choose, detail);
        List<PlacementSummary> mine = logbook.supervised(getLocale());
        trainees.setItems(mine);
        none.setVisible(mine.isEmpty());
        trainees.setVisible(!mine.isEmpty());
        choose.setVisible(!mine.isEmpty());
        detail.setVisible(false);
    }

    private void show(@Nullable PlacementSummary summary) {
        current = summary;
        detail.setVisible(summary != null);
        choose.setVisible(summary == null && trainees.isVisible());
        if (summary == null) {
            return;
        }
        heading.removeAll();
        heading.add(PlacementFacts.of(summary, this));
        progress.show(summary.progress());
        entries.setItems(logbook.entries(summary.placementId(), getLocale()));
        entries.deselectAll();
        evaluate.setVisible(summary.evaluates());
        grade.setVisible(summary.grades());
    }

    private void refresh() {
        if (current != null) {
            long id = current.placementId();
            List<PlacementSummary> all = logbook.supervised(getLocale());
            trainees.setItems(all);
            all.stream().filter(p -> p.placementId() == id).findFirst().ifPresent(trainees::select);
        }
    }

    private Button returnButton(EntryRow row) {
        Button back = new Button(getTranslation("internship.trainees.return"), e -> ReturnDialog.open(
                getTranslation("internship.trainees.returnTitle", Dates.of(row.date(), getLocale())),
                comment -> logbook.returnEntry(row.id(), comment), this::refresh));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        back.setVisible(row.status() == LogbookEntry.Status.PENDING);
        return back;
    }

    private void sign(List<Long> ids) {
        act(() -> signed(logbook.sign(placementId(), ids)));
    }

    private void signed(int count) {
        Notifications.success(getTranslation("internship.trainees.signed", count));
    }

    private long placementId() {
        return current == null ? -1 : current.placementId();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!Notifications.isExplainable(e)) {
                throw e;
            }
            Notifications.error(e);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("internship.trainees.title");
    }

    Set<EntryRow> selected() {
        return entries.getSelectedItems();
    }
}
