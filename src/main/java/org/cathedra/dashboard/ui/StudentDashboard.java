package org.cathedra.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.cathedra.dashboard.DashboardViews.CourseLine;
import org.cathedra.dashboard.DashboardViews.ProgrammeCard;
import org.cathedra.dashboard.DashboardViews.StudentHome;
import org.cathedra.shared.ui.EmptyState;

/** A student's overview: programme, year of study, and the courses of this academic year. */
class StudentDashboard extends Composite<Div> {

    StudentDashboard(StudentHome home) {
        Locale locale = getLocale();
        Div root = getContent();
        root.addClassName("dashboard-body");
        ProgrammeCard p = home.programme();
        if (p == null) {
            root.add(new EmptyState(getTranslation("dashboard.student.noProgramme")));
            return;
        }
        Div stats = new Div(
                Cards.stat(String.valueOf(home.yearOfStudy()), getTranslation("dashboard.student.yearOfStudy"),
                        "stat-year"),
                Cards.stat(Cards.decimal(p.creditUnits(), locale), getTranslation("dashboard.creditUnits"),
                        "stat-credits"),
                Cards.stat(Cards.number(p.academicHours(), locale), getTranslation("dashboard.academicHours"),
                        "stat-hours"),
                Cards.stat(String.valueOf(home.courses().size()), getTranslation("dashboard.student.coursesThisYear"),
                        "stat-courses"));
        stats.addClassName("stat-cards");
        Paragraph programme = new Paragraph(p.name() + " · " + p.speciality());
        programme.setId("student-programme");
        Paragraph details = new Paragraph(getTranslation("dashboard.student.details",
                getTranslation("learnerKind." + home.learnerKind().name()),
                home.cohort() == null ? "—" : home.cohort(), String.valueOf(home.startYear()),
                home.academicYear() + "/" + (home.academicYear() + 1)));
        details.addClassName("dashboard-muted");
        root.add(Cards.section(getTranslation("dashboard.student.programme"), programme, details, stats));

        if (home.courses().isEmpty()) {
            root.add(Cards.section(getTranslation("dashboard.student.courses"),
                    new EmptyState(getTranslation("dashboard.student.noCourses"))));
            return;
        }
        Grid<CourseLine> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> c.code() + " " + c.name()).setHeader(getTranslation("dashboard.course"))
                .setFlexGrow(3);
        grid.addColumn(c -> c.term() == null ? getTranslation("dashboard.notScheduled")
                : getTranslation("termPart." + c.term().name())).setHeader(getTranslation("dashboard.term"));
        grid.addColumn(c -> Cards.decimal(c.creditUnits(), locale) + " / " + c.academicHours())
                .setHeader(getTranslation("dashboard.creditsHours"));
        grid.addColumn(c -> getTranslation("assessmentForm." + c.form().name()))
                .setHeader(getTranslation("dashboard.assessment"));
        grid.addColumn(c -> String.join(", ", c.teachers())).setHeader(getTranslation("dashboard.teachers"))
                .setFlexGrow(2);
        grid.setItems(home.courses());
        grid.setId("student-courses");
        root.add(Cards.section(getTranslation("dashboard.student.courses"), grid));
    }
}
