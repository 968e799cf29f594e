package org.cathedra.internship.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.cathedra.internship.LogbookService;
import org.cathedra.internship.PlacementService;
import org.cathedra.internship.PlacementService.MatchingReport;
import org.cathedra.internship.PlacementService.OfferRow;
import org.cathedra.internship.PlacementService.PeriodRow;
import org.cathedra.internship.PlacementService.PlacementRow;
import org.cathedra.internship.Progress;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.Confirm;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;

/** The office's placement board: a period's offers and slots, the assignment run, placements and their progress. */
@Route("admin/internships")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 26, icon = "vaadin:hospital", title = "nav.internship.admin")
class InternshipsAdminView extends VerticalLayout implements HasDynamicTitle {

    private final PlacementService placements;
    private final LogbookService logbook;
    final Select<PeriodRow> period = new Select<>();
    final Button run = new Button();
    final Grid<OfferRow> offers = grid("admin-offers-grid");
    final Grid<PlacementRow> placed = grid("admin-placements-grid");
    final EmptyState none;

    InternshipsAdminView(PlacementService placements, LogbookService logbook) {
        this.placements = placements;
        this.logbook = logbook;
        addClassName("internships-admin-view");
        period.setLabel(getTranslation("internship.admin.period"));
        period.setItemLabelGenerator(p -> p.name() + " (" + getTranslation("internship.dates",
                Dates.of(p.startsOn(), getLocale()), Dates.of(p.endsOn(), getLocale())) + ")");
        period.addValueChangeListener(e -> show(e.getValue()));
        period.setWidth("min(40rem, 100%)");
        period.addClassName("period-select");
        run.setText(getTranslation("internship.admin.run"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClassName("run-assignment");
        run.addClickListener(e -> Confirm.ask(getTranslation("internship.admin.run"),
                getTranslation("internship.admin.runConfirm"), getTranslation("internship.admin.run"),
                this::runAssignment));
        offers.addColumn(o -> o.siteName() + " · " + o.address()).setKey("site").setFlexGrow(3)
                .setHeader(getTranslation("internship.site"));
        offers.addColumn(OfferRow::supervisor).setKey("supervisor").setFlexGrow(2)
                .setHeader(getTranslation("internship.siteSupervisor"));
        offers.addColumn(o -> getTranslation("internship.admin.taken", o.taken(), o.slots())).setKey("slots")
                .setAutoWidth(true).setFlexGrow(0).setHeader(getTranslation("internship.offer.slots"));
        placed.addColumn(PlacementRow::student).setKey("student").setFlexGrow(2)
                .setHeader(getTranslation("internship.trainee"));
        placed.addColumn(PlacementRow::site).setKey("site").setFlexGrow(2).setHeader(getTranslation("internship.site"));
        placed.addColumn(this::choice).setKey("choice").setAutoWidth(true)
                .setHeader(getTranslation("internship.admin.choice"));
        placed.addComponentColumn(this::hours).setKey("progress").setFlexGrow(2)
                .setHeader(getTranslation("internship.progress"));
        placed.addColumn(r -> r.creditGrade() == null ? "" : getTranslation("internship.grade." + r.creditGrade()))
                .setKey("grade").setAutoWidth(true).setHeader(getTranslation("internship.grade"));
        placed.addComponentColumn(this::moveButton).setKey("actions").setAutoWidth(true).setFlexGrow(0)
                .setHeader(getTranslation("common.actions"));
        none = new EmptyState(getTranslation("internship.admin.noPeriods"));
        add(new ViewHeader(getTranslation("internship.admin.title"), getTranslation("internship.admin.subtitle"),
                run), none, period, new H2(getTranslation("internship.admin.offers")), offers,
                new H2(getTranslation("internship.admin.placements")), placed);
        List<PeriodRow> all = placements.periods(getLocale());
        period.setItems(all);
        none.setVisible(all.isEmpty());
        run.setEnabled(!all.isEmpty());
        if (!all.isEmpty()) {
            period.setValue(all.getFirst());
        }
    }

    private void show(@Nullable PeriodRow row) {
        if (row == null) {
            return;
        }
        offers.setItems(placements.offers(row.id(), getLocale()));
        placed.setItems(placements.placements(row.id(), getLocale()));
    }

    private void runAssignment() {
        PeriodRow row = period.getValue();
        if (row == null) {
            return;
        }
        try {
            MatchingReport r = placements.runAssignment(row.id());
            Notifications.success(getTranslation("internship.admin.report", r.placed(), r.firstChoice(),
                    r.withinChoices(), r.outsideChoices(), r.unplaced()));
        } catch (RuntimeException e) {
            if (!Notifications.isExplainable(e)) {
                throw e;
            }
            Notifications.error(e);
        }
        show(row);
    }

    private String choice(PlacementRow r) {
        String by = getTranslation("internship.admin.assignedBy." + r.assignedBy().name());
        return (r.choiceRank() == null ? getTranslation("internship.admin.outside") : "#" + r.choiceRank()) + ", " + by;
    }

    private ProgressBar hours(PlacementRow r) {
        Progress.Measure hours = logbook.summary(r.id(), getLocale()).progress().hours();
        ProgressBar bar = new ProgressBar(0, 1, hours.fraction());
        bar.getElement().setAttribute("aria-label", getTranslation("internship.progress.bar",
                getTranslation("internship.progress.hours"), ProgressPanel.plain(hours.signed()),
                ProgressPanel.plain(hours.required())));
        bar.getElement().setAttribute("title", bar.getElement().getAttribute("aria-label"));
        return bar;
    }

    private Button moveButton(PlacementRow r) {
        Button move = new Button(getTranslation("internship.admin.move"), e -> openMove(r));
        move.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        move.setVisible(r.creditGrade() == null);
        return move;
    }

    private void openMove(PlacementRow r) {
        PeriodRow row = period.getValue();
        if (row == null) {
            return;
        }
        UI ui = UI.getCurrent();
        Select<OfferRow> to = new Select<>();
        to.setLabel(getTranslation("internship.site"));
        to.setItems(placements.offers(row.id(), getLocale()));
        to.setItemLabelGenerator(o -> o.siteName() + " (" + getTranslation("internship.admin.taken", o.taken(),
                o.slots()) + ")");
        to.addClassName("move-to");
        FormDialog dialog = new FormDialog(ui.getTranslation("internship.admin.moveTitle", r.student()), () -> {
            if (to.getValue() == null) {
                return false;
            }
            try {
                placements.place(row.id(), r.studentId(), to.getValue().id());
            } catch (RuntimeException e) {
                if (!Notifications.isExplainable(e)) {
                    throw e;
                }
                Notifications.error(e);
                return false;
            }
            Notifications.success(getTranslation("common.saved"));
            show(row);
            return true;
        });
        dialog.addFields(to).wide(to);
        dialog.open();
    }

    private static <T> Grid<T> grid(String className) {
        Grid<T> grid = new Grid<>();
        grid.addClassName(className);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("internship.admin.title");
    }
}
