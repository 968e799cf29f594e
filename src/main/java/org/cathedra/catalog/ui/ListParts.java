package org.cathedra.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.ui.Confirm;
import org.cathedra.shared.ui.Notifications;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The common parts of the catalog's lists: the filter bar, the status marker and the row actions. */
final class ListParts {

    private ListParts() {
    }

    static Div filterBar(Component... filters) {
        Div bar = new Div(filters);
        bar.addClassName("filter-bar");
        return bar;
    }

    /** A grid that wraps long cells instead of cutting them, so that it stays readable on a phone. */
    static <T> Grid<T> grid(String className) {
        Grid<T> grid = new Grid<>();
        grid.addClassName(className);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        return grid;
    }

    /**
     * Pages the grid through the database. Rows are told apart by id and version, so that a record changed since
     * it was drawn is drawn anew on refresh rather than taken for the row already shown.
     */
    static <T extends AbstractEntity> void pageThrough(Grid<T> grid, Function<Pageable, Page<T>> page) {
        grid.setItems((CallbackDataProvider.FetchCallback<T, Void>) query ->
                page.apply(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream())
                .setIdentifierProvider(item -> item.getId() + "@" + item.getVersion());
    }

    /** A column that marks inactive rows; sorted by the database on {@code active}. */
    static <T> void statusColumn(Grid<T> grid, Predicate<T> active) {
        grid.addComponentColumn(item -> {
            if (active.test(item)) {
                return new Span();
            }
            Span marker = new Span(FormFields.t("common.inactive"));
            marker.addClassName("badge-inactive");
            return marker;
        }).setHeader(FormFields.t("common.status")).setKey("status").setSortProperty("active").setAutoWidth(true)
                .setFlexGrow(0);
    }

    /** A column of buttons acting on the row (edit, deactivate...). */
    static <T> void actionsColumn(Grid<T> grid, Function<T, List<Button>> actions) {
        grid.addComponentColumn(item -> {
            HorizontalLayout buttons = new HorizontalLayout();
            buttons.setSpacing(false);
            buttons.setWrap(true);
            actions.apply(item).forEach(buttons::add);
            return buttons;
        }).setHeader(FormFields.t("common.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
    }

    /** Runs a row action (deactivate, activate), says whether it went through, and refreshes the list. */
    static void change(Runnable action, Runnable refresh) {
        try {
            action.run();
            Notifications.success(FormFields.t("common.saved"));
        } catch (RuntimeException e) {
            Notifications.error(e);
        }
        refresh.run();
    }

    /** Edit, then deactivate (after the user confirms) or activate: each change refreshes the list. */
    static List<Button> editAndActivation(Runnable edit, boolean active, String confirmHeader, String confirmText,
            Runnable deactivate, Runnable activate, Runnable refresh) {
        List<Button> buttons = new ArrayList<>();
        buttons.add(action("action.edit", edit));
        if (active) {
            buttons.add(action("action.deactivate", () -> Confirm.ask(confirmHeader, confirmText,
                    FormFields.t("action.deactivate"), () -> change(deactivate, refresh))));
        } else {
            buttons.add(action("action.activate", () -> change(activate, refresh)));
        }
        return buttons;
    }

    /** Redraws the grid, or shows the empty state in its place when nothing matches the filter. */
    static void showRows(Grid<?> grid, Component empty, boolean none) {
        grid.getDataProvider().refreshAll();
        grid.setVisible(!none);
        empty.setVisible(none);
    }

    static Button action(String textKey, Runnable action) {
        Button button = new Button(FormFields.t(textKey), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
