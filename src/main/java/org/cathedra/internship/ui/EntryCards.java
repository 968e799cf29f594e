package org.cathedra.internship.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cathedra.internship.LogbookService.EntryRow;

/** The trainee's entries as a list of cards, which read well on a phone where a grid's columns would not. */
final class EntryCards extends Div {

    private final List<EntryRow> items = new ArrayList<>();
    private final List<Component> actions = new ArrayList<>();

    EntryCards(String className) {
        addClassName("entry-cards");
        addClassName(className);
        getElement().setAttribute("role", "list");
    }

    void setItems(List<EntryRow> rows, Function<EntryRow, Component> actionsOf) {
        removeAll();
        items.clear();
        actions.clear();
        for (EntryRow row : rows) {
            Span status = new Span(getTranslation("internship.status." + row.status().name()));
            status.addClassNames("entry-status", "entry-status-" + row.status().name().toLowerCase());
            Component action = actionsOf.apply(row);
            Div top = new Div(status, action);
            top.addClassName("entry-card-top");
            Div card = new Div(top, EntryColumns.entry(row, this, true));
            card.addClassName("entry-card");
            card.getElement().setAttribute("role", "listitem");
            add(card);
            items.add(row);
            actions.add(action);
        }
    }

    List<EntryRow> items() {
        return List.copyOf(items);
    }

    Component actions(int index) {
        return actions.get(index);
    }
}
