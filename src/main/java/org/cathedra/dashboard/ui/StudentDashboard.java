package org.cathedra.dashboard.ui;

import com.vaadin.flow.component.Composite;
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
        // cards rather than a table: students read this on their phones
        Div list = new Div();
        list.addClassName("course-cards");
        list.setId("student-courses");
        list.getElement().setAttribute("role", "list");
        for (CourseLine c : home.courses()) {
            String when = c.term() == null ? getTranslation("dashboard.notScheduled")
                    : getTranslation("termPart." + c.term().name());
            String facts = when + " · " + Cards.decimal(c.creditUnits(), locale) + " "
                    + getTranslation("dashboard.cu") + " / " + Cards.number(c.academicHours(), locale) + " "
                    + getTranslation("dashboard.hoursShort") + " · " + getTranslation("assessmentForm." + c.form().name());
            String html = Cards.line("course-card-title", c.code() + " " + c.name())
                    + Cards.line("course-card-facts", facts)
                    + (c.teachers().isEmpty() ? "" : Cards.line("course-card-teachers",
                            getTranslation("dashboard.teachers") + ": " + String.join(", ", c.teachers())));
            // one element per card, its lines as escaped static markup: a dozen cards would otherwise hold a
            // hundred server-side nodes in every student's session for text that never changes
            Div card = new Div();
            card.getElement().setProperty("innerHTML", html);
            card.addClassName("course-card");
            // focusable, so that keyboard users can move through the list (and scroll it) on a phone
            card.getElement().setAttribute("role", "listitem");
            card.getElement().setAttribute("tabindex", "0");
            list.add(card);
        }
        root.add(Cards.section(getTranslation("dashboard.student.courses"), list));
    }
}
