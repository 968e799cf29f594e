package org.cathedra.grading.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cathedra.grading.Gradebook;

/** The history of one gradebook cell: every attempt, who changed it, when, from what to what, and why. */
final class HistoryDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private HistoryDialog() {
    }

    static Dialog open(List<Gradebook.HistoryLine> lines, String student, String component, ZoneId zone) {
        UI ui = UI.getCurrent();
        Grid<Gradebook.HistoryLine> grid = new Grid<>();
        grid.addClassName("history-grid");
        grid.addColumn(l -> WHEN.format(l.at().atZone(zone))).setHeader(ui.getTranslation("grading.history.when"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.actor() == null ? "" : l.actor()).setHeader(ui.getTranslation("grading.history.who"))
                .setAutoWidth(true);
        grid.addColumn(l -> ui.getTranslation("grading.history.action." + l.action()))
                .setHeader(ui.getTranslation("grading.history.what")).setAutoWidth(true);
        grid.addColumn(Gradebook.HistoryLine::attempt).setHeader(ui.getTranslation("grading.history.attempt"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.before() == null ? "" : l.before()).setHeader(ui.getTranslation("grading.history.before"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.after() == null ? "" : l.after()).setHeader(ui.getTranslation("grading.history.after"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.reason() == null ? "" : l.reason()).setHeader(ui.getTranslation("grading.reason"))
                .setFlexGrow(1);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(ui.getTranslation("grading.historyTitle", component, student));
        dialog.setWidth("min(60rem, 95vw)");
        dialog.add(grid);
        dialog.getFooter().add(new Button(ui.getTranslation("grading.close"), e -> dialog.close()));
        dialog.open();
        return dialog;
    }
}
