package org.cathedra.internship.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.cathedra.internship.LogbookService.EntryRow;

/** The columns of a logbook grid, shared by the trainee's and the supervisor's views; compact enough for phones. */
final class EntryColumns {

    private EntryColumns() {
    }

    static Grid<EntryRow> grid(String className) {
        Grid<EntryRow> grid = new Grid<>();
        grid.addClassName(className);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        return grid;
    }

    static void add(Grid<EntryRow> grid, Component view, boolean withCode) {
        grid.addComponentColumn(row -> entry(row, view, withCode)).setKey("entry").setFlexGrow(3)
                .setHeader(view.getTranslation("internship.logbook.entries"));
        grid.addColumn(row -> view.getTranslation("internship.status." + row.status().name())).setKey("status")
                .setAutoWidth(true).setFlexGrow(0).setHeader(view.getTranslation("internship.entry.status"));
    }

    static Div entry(EntryRow row, Component view, boolean withCode) {
        Span first = new Span(Dates.of(row.date(), com.vaadin.flow.component.UI.getCurrent().getLocale()) + " · " + view.getTranslation("internship.logbook.hoursValue",
                ProgressPanel.plain(row.hours())) + " · " + row.caseType());
        first.addClassName("entry-title");
        String part = view.getTranslation("internship.participation." + row.participation().name());
        if (withCode && row.patientCode() != null) {
            part += " · " + row.patientCode();
        }
        Div cell = new Div(first, LogbookView.muted(part));
        if (row.reflection() != null) {
            cell.add(new Div(row.reflection()));
        }
        if (row.supervisorComment() != null && row.status() == org.cathedra.internship.LogbookEntry.Status.RETURNED) {
            Div comment = new Div(view.getTranslation("internship.logbook.returnedWith", row.supervisorComment()));
            comment.addClassName("entry-returned");
            cell.add(comment);
        }
        cell.addClassName("entry-cell");
        return cell;
    }
}
