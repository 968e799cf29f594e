package org.cathedra.grading.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cathedra.grading.GradeText;
import org.cathedra.grading.MyGradesService;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.ViewHeader;

/** A student's own published marks and final grades, each with how it was computed. */
@Route("grades")
@RolesAllowed(Roles.STUDENT)
@Menu(order = 6.5, icon = "vaadin:academy-cap", title = "nav.myGrades")
class MyGradesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    MyGradesView(MyGradesService grades) {
        addClassName("my-grades-view");
        add(new ViewHeader(getTranslation("grading.mine.title"), getTranslation("grading.mine.subtitle")));
        List<MyGradesService.MyCourse> courses = grades.myCourses(getLocale());
        if (courses.isEmpty()) {
            add(new EmptyState(getTranslation("grading.mine.none")));
            return;
        }
        for (MyGradesService.MyCourse course : courses) {
            add(card(course));
        }
    }

    private Div card(MyGradesService.MyCourse c) {
        Div card = new Div();
        card.addClassNames("grade-card", "course-card");
        card.setWidthFull();
        H2 title = new H2(c.offering().courseCode() + " " + c.offering().courseName());
        title.addClassName("grade-card-title");
        String result = c.lockedGrade() != null || c.lockedOn() != null
                ? getTranslation("grading.mine.locked", GradeText.result(c.lockedGrade(), c.lockedPassed(),
                        c.offering().passFail(), getLocale()), DATE.format(c.lockedOn()))
                : c.computation().isComplete()
                        ? getTranslation("grading.mine.current", GradeText.result(c.computation().grade(),
                                c.computation().passed(), c.offering().passFail(), getLocale()))
                        : getTranslation("grading.mine.incomplete");
        Span outcome = new Span(result);
        outcome.addClassName("final-grade");
        Grid<MyGradesService.MyMark> marks = new Grid<>();
        marks.addClassName("my-marks-grid");
        marks.addColumn(m -> m.component().name()).setHeader(getTranslation("grading.mine.component"))
                .setFlexGrow(2);
        marks.addColumn(m -> m.component().weight().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("grading.component.weight")).setAutoWidth(true);
        marks.addColumn(MyGradesService.MyMark::attempt).setHeader(getTranslation("grading.history.attempt"))
                .setAutoWidth(true);
        marks.addColumn(MyGradesService.MyMark::text).setHeader(getTranslation("grading.mine.mark"))
                .setAutoWidth(true);
        marks.setItems(c.marks());
        marks.setAllRowsVisible(true);
        Details how = new Details(getTranslation("grading.howComputed"), ComputationDialog.steps(c.computation()));
        how.addClassName("computation");
        card.add(title, new Paragraph(c.offering().section() + " · " + c.offering().academicYear() + " · "
                + getTranslation("termPart." + c.offering().termPart())), outcome,
                c.marks().isEmpty() ? new Paragraph(getTranslation("grading.mine.noMarks")) : marks, how);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grading.mine.title");
    }
}
