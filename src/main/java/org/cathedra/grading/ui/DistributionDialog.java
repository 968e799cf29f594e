package org.cathedra.grading.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cathedra.grading.BarChart;
import org.cathedra.grading.GradeDistribution;
import org.cathedra.grading.Gradebook;

/** The grade distribution of an offering, and of its course over the terms, as server-drawn SVG bar charts. */
final class DistributionDialog {

    private DistributionDialog() {
    }

    static Dialog open(GradeDistribution distribution, Gradebook.Header header) {
        UI ui = UI.getCurrent();
        List<String> categories = categories(ui);
        long id = header.offering().id();
        String title = ui.getTranslation("grading.chart.offering", header.offering().label());
        Html offering = new Html("<div>" + BarChart.svg(title, categories, List.of(new BarChart.Series(
                ui.getTranslation("grading.chart.students"), distribution.ofOffering(id, ui.getLocale())))) + "</div>");
        List<BarChart.Series> terms = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : distribution.ofCourse(id, ui.getLocale()).entrySet()) {
            terms.add(new BarChart.Series(e.getKey(), e.getValue()));
        }
        String courseTitle = ui.getTranslation("grading.chart.course", header.offering().courseCode());
        Html course = new Html("<div>" + BarChart.svg(courseTitle, categories, terms) + "</div>");
        Dialog dialog = new Dialog();
        dialog.addClassName("distribution-dialog");
        dialog.setHeaderTitle(ui.getTranslation("grading.chart"));
        dialog.setWidth("min(46rem, 95vw)");
        dialog.add(new H3(title), offering, new H3(courseTitle), course);
        dialog.getFooter().add(new Button(ui.getTranslation("grading.close"), e -> dialog.close()));
        dialog.open();
        return dialog;
    }

    private static List<String> categories(UI ui) {
        List<String> out = new ArrayList<>();
        for (String c : GradeDistribution.CATEGORIES) {
            out.add(c.equals("—") ? ui.getTranslation("grading.chart.none") : c);
        }
        return out;
    }
}
