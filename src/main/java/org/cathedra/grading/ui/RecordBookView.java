package org.cathedra.grading.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import org.cathedra.catalog.Course;
import org.cathedra.grading.GradeText;
import org.cathedra.grading.GradingDocuments;
import org.cathedra.grading.RecordBookService;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.ViewHeader;

/** The student's record book: courses with locked grades, credit units earned against the programme, transcript. */
@Route("record-book")
@RolesAllowed(Roles.STUDENT)
@Menu(order = 6.6, icon = "vaadin:book", title = "nav.recordBook")
class RecordBookView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    RecordBookView(RecordBookService recordBooks, GradingDocuments documents) {
        addClassName("record-book-view");
        RecordBookService.RecordBook book = recordBooks.mine(getLocale());
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(documents.myTranscript(getLocale())), "transcript.pdf", "application/pdf",
                -1)), getTranslation("grading.record.transcript"));
        pdf.addClassName("transcript-link");
        add(new ViewHeader(getTranslation("grading.record.title"), book.studentName()
                + (book.programme() == null ? "" : " · " + book.programme()), pdf));
        Grid<RecordBookService.Line> lines = new Grid<>();
        lines.addClassName("record-book-grid");
        lines.addColumn(l -> l.courseCode() + " " + l.courseName()).setHeader(getTranslation("grading.record.course"))
                .setFlexGrow(3);
        lines.addColumn(l -> l.creditUnits().toPlainString()).setHeader(getTranslation("grading.record.units"))
                .setAutoWidth(true);
        lines.addColumn(RecordBookService.Line::hours).setHeader(getTranslation("grading.record.hours"))
                .setAutoWidth(true);
        lines.addColumn(l -> getTranslation("grading.form." + l.form().name()))
                .setHeader(getTranslation("grading.record.form")).setAutoWidth(true);
        lines.addColumn(l -> GradeText.result(l.grade(), l.passed(), l.form() == Course.AssessmentForm.PASS_FAIL,
                getLocale())).setHeader(getTranslation("grading.record.grade")).setAutoWidth(true);
        lines.addColumn(l -> DATE.format(l.date())).setHeader(getTranslation("grading.record.date"))
                .setAutoWidth(true);
        lines.addColumn(RecordBookService.Line::teacher).setHeader(getTranslation("grading.record.teacher"))
                .setFlexGrow(2);
        lines.setItems(book.lines());
        lines.setAllRowsVisible(true);
        if (book.lines().isEmpty()) {
            add(new EmptyState(getTranslation("grading.record.none")));
        } else {
            add(lines);
        }
        Grid<RecordBookService.Progress> progress = new Grid<>();
        progress.addClassName("credit-progress-grid");
        progress.addColumn(p -> getTranslation("grading.part." + p.component().name()))
                .setHeader(getTranslation("grading.record.part")).setFlexGrow(2);
        progress.addColumn(p -> p.earned().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("grading.record.earned")).setAutoWidth(true);
        progress.addColumn(p -> p.required() == null ? "—" : getTranslation("grading.record.atLeast",
                p.required().toPlainString())).setHeader(getTranslation("grading.record.required"))
                .setAutoWidth(true);
        progress.setItems(book.progress());
        progress.setAllRowsVisible(true);
        Paragraph total = new Paragraph(getTranslation("grading.record.totalLine",
                book.earned().stripTrailingZeros().toPlainString(),
                book.required() == null ? "—" : book.required().stripTrailingZeros().toPlainString()));
        total.addClassName("credit-total");
        add(new H2(getTranslation("grading.record.progress")), progress, total);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grading.record.title");
    }
}
