package org.cathedra.internship.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.cathedra.internship.PlacementService;
import org.cathedra.internship.PlacementService.MyChoices;
import org.cathedra.internship.PlacementService.OfferRow;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.ViewHeader;

/** A learner ranks the offered placements of their open periods, best first, and saves the ranking. */
@Route("internship/preferences")
@RolesAllowed(Roles.STUDENT)
@Menu(order = 7, icon = "vaadin:list-ol", title = "nav.internship.preferences")
class PreferencesView extends VerticalLayout implements HasDynamicTitle {

    private final PlacementService service;
    final List<PeriodPanel> panels = new ArrayList<>();
    final EmptyState none;

    PreferencesView(PlacementService service) {
        this.service = service;
        addClassName("preferences-view");
        none = new EmptyState(getTranslation("internship.preferences.none"));
        add(new ViewHeader(getTranslation("internship.preferences.title"),
                getTranslation("internship.preferences.subtitle")), none);
        List<MyChoices> choices = service.myChoices(getLocale());
        none.setVisible(choices.isEmpty());
        for (MyChoices c : choices) {
            PeriodPanel panel = new PeriodPanel(c);
            panels.add(panel);
            add(panel);
        }
    }

    /** One period: the ranking so far, the offers not yet ranked, and the save button. */
    final class PeriodPanel extends Div {
        final MyChoices period;
        final List<OfferRow> ranking = new ArrayList<>();
        final Grid<OfferRow> ranked = grid("ranking-grid");
        final Grid<OfferRow> offered = grid("offers-grid");
        final Button save = new Button();

        PeriodPanel(MyChoices period) {
            this.period = period;
            addClassName("period-panel");
            for (Long id : period.ranking()) {
                period.offers().stream().filter(o -> o.id() == id).findFirst().ifPresent(ranking::add);
            }
            ranked.addColumn(o -> (ranking.indexOf(o) + 1) + ". " + describe(o)).setKey("site").setFlexGrow(3)
                    .setHeader(getTranslation("internship.preferences.rank") + " · " + getTranslation("internship.site"));
            ranked.addComponentColumn(this::moveButtons).setKey("actions").setAutoWidth(true).setFlexGrow(0)
                    .setHeader(getTranslation("common.actions"));
            offered.addColumn(this::describe).setKey("site").setFlexGrow(3).setHeader(getTranslation("internship.site"));
            offered.addColumn(o -> getTranslation("internship.admin.taken", o.taken(), o.slots())).setKey("slots")
                    .setAutoWidth(true).setFlexGrow(0).setHeader(getTranslation("internship.preferences.slots"));
            offered.addComponentColumn(o -> small(getTranslation("internship.preferences.add"), VaadinIcon.PLUS,
                    () -> {
                        ranking.add(o);
                        refresh();
                    })).setKey("actions").setAutoWidth(true).setFlexGrow(0)
                    .setHeader(getTranslation("common.actions"));
            save.setText(getTranslation("internship.preferences.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClassName("save-ranking");
            save.addClickListener(e -> save());
            H2 title = new H2(period.name());
            Div dates = new Div(getTranslation("internship.dates", Dates.of(period.startsOn(), getLocale()),
                    Dates.of(period.endsOn(), getLocale())));
            add(title, dates);
            if (period.placedAt() != null) {
                add(new Div(getTranslation("internship.preferences.placedAt", period.placedAt())));
            }
            if (!period.open()) {
                add(new Div(getTranslation("internship.preferences.closed")));
            }
            add(new H3(getTranslation("internship.preferences.ranking")), ranked);
            if (period.open()) {
                add(new H3(getTranslation("internship.preferences.offers")), offered, save);
            }
            refresh();
        }

        private String describe(OfferRow o) {
            return o.siteName() + " (" + getTranslation("internship.site.kind." + o.kind().name()) + "), "
                    + o.address() + " · " + o.supervisor();
        }

        private HorizontalLayout moveButtons(OfferRow o) {
            HorizontalLayout buttons = new HorizontalLayout(
                    icon(getTranslation("internship.preferences.up"), VaadinIcon.ARROW_UP, () -> move(o, -1)),
                    icon(getTranslation("internship.preferences.down"), VaadinIcon.ARROW_DOWN, () -> move(o, 1)),
                    icon(getTranslation("internship.preferences.remove"), VaadinIcon.CLOSE_SMALL, () -> {
                        ranking.remove(o);
                        refresh();
                    }));
            buttons.setSpacing(false);
            buttons.setVisible(period.open());
            return buttons;
        }

        void move(OfferRow o, int by) {
            int at = ranking.indexOf(o);
            int to = at + by;
            if (at < 0 || to < 0 || to >= ranking.size()) {
                return;
            }
            ranking.remove(at);
            ranking.add(to, o);
            refresh();
        }

        void refresh() {
            ranked.setItems(new ArrayList<>(ranking));
            ranked.setVisible(!ranking.isEmpty());
            offered.setItems(period.offers().stream().filter(o -> !ranking.contains(o)).toList());
        }

        void save() {
            try {
                service.savePreferences(period.periodId(), ranking.stream().map(OfferRow::id).toList());
                Notifications.success(getTranslation("common.saved"));
            } catch (RuntimeException e) {
                if (!Notifications.isExplainable(e)) {
                    throw e;
                }
                Notifications.error(e);
            }
        }
    }

    private static Button small(String text, VaadinIcon icon, Runnable action) {
        Button button = new Button(text, icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private static Button icon(String label, VaadinIcon icon, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
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
        return getTranslation("internship.preferences.title");
    }
}
