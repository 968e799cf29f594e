package org.cathedra.internship.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.cathedra.internship.LogbookService.PlacementSummary;

/** The facts of a placement as a small card: site, address, dates, supervisors and the grade. */
final class PlacementFacts {

    private PlacementFacts() {
    }

    static Div of(PlacementSummary s, Component view) {
        Div card = new Div();
        card.addClassName("placement-card");
        Span title = new Span(s.site());
        title.addClassName("placement-title");
        card.add(title, line(s.address()), line(s.period() + ", " + view.getTranslation("internship.dates",
                        Dates.of(s.startsOn(), com.vaadin.flow.component.UI.getCurrent().getLocale()), Dates.of(s.endsOn(), com.vaadin.flow.component.UI.getCurrent().getLocale()))),
                line(view.getTranslation("internship.trainee") + ": " + s.trainee()),
                line(view.getTranslation("internship.siteSupervisor") + ": " + s.siteSupervisor()));
        if (s.academicSupervisor() != null) {
            card.add(line(view.getTranslation("internship.academicSupervisor") + ": " + s.academicSupervisor()));
        }
        card.add(line(view.getTranslation("internship.grade") + ": " + (s.creditGrade() == null
                ? view.getTranslation("internship.noGrade")
                : view.getTranslation("internship.grade." + s.creditGrade()))));
        return card;
    }

    private static Div line(String text) {
        Div div = new Div(text);
        div.addClassName("placement-line");
        return div;
    }
}
