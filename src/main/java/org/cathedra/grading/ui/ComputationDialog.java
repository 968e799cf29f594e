package org.cathedra.grading.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import org.cathedra.grading.Computation;
import org.cathedra.grading.Gradebook;

/** "How it was computed": the steps of a final grade, in the reader's language. */
final class ComputationDialog {

    private ComputationDialog() {
    }

    static OrderedList steps(Computation computation) {
        UI ui = UI.getCurrent();
        OrderedList list = new OrderedList();
        list.addClassName("computation-steps");
        for (Computation.Step step : computation.steps()) {
            list.add(new ListItem(ui.getTranslation(step.key(), step.args().toArray())));
        }
        return list;
    }

    static Dialog open(Gradebook.Row row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(UI.getCurrent().getTranslation("grading.howComputedFor", row.studentName()));
        dialog.add(steps(row.computation()));
        dialog.getFooter().add(new Button(UI.getCurrent().getTranslation("grading.close"), e -> dialog.close()));
        dialog.open();
        return dialog;
    }
}
