package org.cathedra.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.cathedra.dashboard.DashboardViews.OfferingLine;
import org.cathedra.dashboard.DashboardViews.TeacherHome;
import org.cathedra.shared.ui.EmptyState;

/** A teacher's overview: their department and the offerings they teach this academic year. */
class TeacherDashboard extends Composite<Div> {

    TeacherDashboard(TeacherHome home) {
        Locale locale = getLocale();
        Div root = getContent();
        root.addClassName("dashboard-body");
        Paragraph who = new Paragraph(getTranslation("position." + home.position().name()) + " · "
                + home.department());
        who.setId("teacher-department");
        int seats = home.offerings().stream().mapToInt(OfferingLine::capacity).sum();
        int hours = home.offerings().stream().mapToInt(OfferingLine::academicHours).sum();
        Div stats = new Div(
                Cards.stat(String.valueOf(home.offerings().size()), getTranslation("dashboard.teacher.offerings"),
                        "stat-offerings"),
                Cards.stat(Cards.number(seats, locale), getTranslation("dashboard.teacher.seats"), "stat-seats"),
                Cards.stat(Cards.number(hours, locale), getTranslation("dashboard.academicHours"), "stat-hours"));
        stats.addClassName("stat-cards");
        root.add(Cards.section(getTranslation("dashboard.teacher.year",
                home.academicYear() + "/" + (home.academicYear() + 1)), who, stats));
        if (home.offerings().isEmpty()) {
            root.add(new EmptyState(getTranslation("dashboard.teacher.noOfferings")));
            return;
        }
        Grid<OfferingLine> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(o -> o.code() + " " + o.name()).setHeader(getTranslation("dashboard.course")).setFlexGrow(3);
        grid.addColumn(o -> getTranslation("termPart." + o.term().name())).setHeader(getTranslation("dashboard.term"));
        grid.addColumn(OfferingLine::section).setHeader(getTranslation("dashboard.section"));
        grid.addColumn(o -> Cards.number(o.capacity(), locale)).setHeader(getTranslation("dashboard.capacity"));
        grid.addColumn(o -> getTranslation("assessmentForm." + o.form().name()))
                .setHeader(getTranslation("dashboard.assessment"));
        grid.setItems(home.offerings());
        grid.setId("teacher-offerings");
        root.add(Cards.section(getTranslation("dashboard.teacher.myOfferings"), grid));
    }
}
