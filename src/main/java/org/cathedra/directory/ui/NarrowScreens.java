package org.cathedra.directory.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** Phone-width windows: a grid drops its secondary columns there and shows them again on wider windows. */
final class NarrowScreens {

    static final int PHONE_MAX_WIDTH = 640;

    private NarrowScreens() {
    }

    static void hideOnPhones(Grid<?> grid, Grid.Column<?>... secondary) {
        List<Grid.Column<?>> columns = List.of(secondary);
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> show(columns, details.getWindowInnerWidth()));
            Registration resize = page.addBrowserWindowResizeListener(e -> show(columns, e.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void show(List<Grid.Column<?>> columns, int width) {
        boolean wide = width <= 0 || width > PHONE_MAX_WIDTH;
        columns.forEach(c -> c.setVisible(wide));
    }
}
