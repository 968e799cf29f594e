package org.cathedra.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * The parts of a list that every view draws the same way: a short grid that grows with its rows, the small buttons
 * of a row's actions, and running such an action (a confirmation on success, the reason on refusal, the list shown
 * again either way).
 */
public final class Rows {

    private Rows() {
    }

    /** A grid of a few dozen rows at most, shown whole, cells wrapping, rows striped. */
    public static <T> Grid<T> shortGrid(String className) {
        Grid<T> grid = new Grid<>();
        grid.addClassName(className);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A small tertiary button for one of a row's actions. */
    public static Button action(String text, Runnable onClick) {
        Button button = new Button(text, e -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    /**
     * Runs a user's action: "saved" when it succeeds, the translated reason when it is refused (nothing changed
     * then), and the list refreshed in both cases so that it shows what is stored.
     */
    public static void attempt(Runnable action, Runnable refresh) {
        try {
            action.run();
            Notifications.success(UI.getCurrent().getTranslation("common.saved"));
        } catch (RuntimeException e) {
            Notifications.error(e);
        }
        refresh.run();
    }

    /**
     * Runs the save of a dialog: "saved" and the list refreshed when it succeeds (true, the dialog may close); the
     * translated reason when it is refused (false, the dialog stays open with what was typed). Anything that is not
     * a refusal goes on to the application's error handler.
     */
    public static boolean save(Runnable action, Runnable refresh) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!Notifications.isExplainable(e)) {
                throw e;
            }
            Notifications.error(e);
            return false;
        }
        Notifications.success(UI.getCurrent().getTranslation("common.saved"));
        refresh.run();
        return true;
    }
}
