package org.cathedra.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.cathedra.directory.CathedraUser;
import org.cathedra.enrollment.EnrollmentFixture;
import org.cathedra.grading.ComponentInfo;
import org.cathedra.grading.GradebookService;
import org.cathedra.grading.GradingFixture;
import org.cathedra.grading.MyGradesService;
import org.cathedra.grading.RecordBookService;
import org.cathedra.grading.RetakeRule;
import org.cathedra.testing.SignIn;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A student sees their own published marks with the computation, and their record book once grades are locked. */
class MyGradesViewTest extends UiTest {

    static final Locale EN = Locale.ENGLISH;

    @Autowired
    GradingFixture fixture;
    @Autowired
    EnrollmentFixture enrollment;
    @Autowired
    GradebookService gradebooks;
    @Autowired
    RecordBookService recordBooks;
    @Autowired
    org.cathedra.grading.GradingDocuments documents;
    @Autowired
    MyGradesService myGrades;

    GradingFixture.Setup setup;
    List<ComponentInfo> parts;
    String username;
    long me;
    long classmate;

    @BeforeEach
    void marks() {
        setup = fixture.offering(1);
        classmate = setup.students().getFirst();
        username = enrollment.studentWithLogin(setup.programmeId(), "Оценкина");
        me = ((CathedraUser) SignIn.as(accounts, username)).personId();
        fixture.enrol(setup.offeringId(), List.of(me));
        SignIn.as(accounts, "teacher");
        gradebooks.defineScheme(setup.offeringId(), RetakeRule.LAST, GradingFixture.usualScheme());
        parts = gradebooks.header(setup.offeringId(), EN).components();
        save(me, 0, "5");
        save(me, 1, "72");
        save(classmate, 0, "2");
        gradebooks.publish(setup.offeringId());
        save(me, 2, "4"); // a draft: not for the student's eyes yet
    }

    private void save(long student, int part, String value) {
        var cell = gradebooks.row(setup.offeringId(), student, EN).cell(parts.get(part).id());
        gradebooks.save(setup.offeringId(), parts.get(part).id(), student, cell.markId(), cell.version(), value, null,
                EN);
    }

    @Test
    void the_student_sees_only_their_published_marks_and_the_computation() {
        signIn(username);
        UI.getCurrent().navigate("grades");
        _get(MyGradesView.class);
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).anyMatch(t -> t.contains("Course EN"));
        @SuppressWarnings("unchecked")
        Grid<MyGradesService.MyMark> marks = _get(Grid.class, spec -> spec.withClasses("my-marks-grid"));
        assertThat(GridKt._size(marks)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(marks, 0)).containsExactly("Test", "0.3", "1", "5");
        assertThat(GridKt._getFormattedRow(marks, 1)).containsExactly("Colloquium", "0.2", "1", "72");
        assertThat(_get(Span.class, spec -> spec.withClasses("final-grade")).getText())
                .isEqualTo("Final grade: not yet, marks are missing");
        assertThat(_get(MyGradesView.class).getElement().getTextRecursively()).contains("Exam: no mark yet.")
                .doesNotContain("Студентова");
    }

    @Test
    void the_record_book_shows_locked_grades_and_credit_units_against_the_requirement() {
        gradebooks.sign(setup.offeringId());
        SignIn.as(accounts, "admin");
        gradebooks.confirm(setup.offeringId());
        signIn(username);
        UI.getCurrent().navigate("record-book");
        @SuppressWarnings("unchecked")
        Grid<RecordBookService.Line> lines = _get(Grid.class, spec -> spec.withClasses("record-book-grid"));
        assertThat(GridKt._size(lines)).isEqualTo(1);
        List<String> row = GridKt._getFormattedRow(lines, 0);
        // 0.3*5 + 0.2*4 + 0.5*4 = 4.3 -> 4; 36 hours = 1 credit unit
        assertThat(row.subList(1, 5)).containsExactly("1.00", "36", "exam", "4");
        assertThat(row.get(6)).as("the teacher who signed the sheet").startsWith("Соколова");
        @SuppressWarnings("unchecked")
        Grid<RecordBookService.Progress> progress = _get(Grid.class,
                spec -> spec.withClasses("credit-progress-grid"));
        assertThat(GridKt._getFormattedRow(progress, 0)).containsExactly("Disciplines", "1", "at least 42");
        assertThat(GridKt._getFormattedRow(progress, 1)).containsExactly("Practice", "0", "at least 69");
        assertThat(GridKt._getFormattedRow(progress, 2)).containsExactly("Final state certification", "0",
                "at least 3");
    }

    @Test
    void a_student_reaches_nobody_else_by_service_call_or_crafted_address() {
        signIn(username);
        UI.getCurrent().navigate("gradebook", com.vaadin.flow.router.QueryParameters.of("offering",
                String.valueOf(setup.offeringId())));
        assertThat(_find(GradebookView.class)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> recordBooks.of(classmate, EN))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.transcript(classmate, EN))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gradebooks.rows(setup.offeringId(), 0, 10, EN))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
        assertThat(myGrades.myCourses(EN)).singleElement().satisfies(c -> assertThat(c.marks())
                .extracting(MyGradesService.MyMark::text).containsExactly("5", "72"));
    }
}
