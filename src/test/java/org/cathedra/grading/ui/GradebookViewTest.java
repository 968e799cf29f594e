package org.cathedra.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.dom.DomEvent;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import tools.jackson.databind.node.JsonNodeFactory;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import java.util.List;
import java.util.Locale;
import org.cathedra.directory.UserAccount;
import org.cathedra.enrollment.EnrollmentFixture;
import org.cathedra.grading.ComponentInfo;
import org.cathedra.grading.GradebookService;
import org.cathedra.grading.GradingFixture;
import org.cathedra.grading.RetakeRule;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.testing.SignIn;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The teacher fills the gradebook from the keyboard; a wrong value is refused in its field with the reason. */
class GradebookViewTest extends UiTest {

    @Autowired
    GradingFixture fixture;
    @Autowired
    EnrollmentFixture enrollment;
    @Autowired
    GradebookService gradebooks;

    GradingFixture.Setup setup;
    List<ComponentInfo> parts;

    @BeforeEach
    void scheme() {
        setup = fixture.offering(3);
        SignIn.as(accounts, "teacher");
        gradebooks.defineScheme(setup.offeringId(), RetakeRule.LAST, GradingFixture.usualScheme());
        parts = gradebooks.header(setup.offeringId(), Locale.ENGLISH).components();
    }

    private GradebookGrid open() {
        UI.getCurrent().navigate("gradebook", QueryParameters.of("offering", String.valueOf(setup.offeringId())));
        return _get(GradebookView.class).grid;
    }

    /** Types into the field and presses Enter, as the browser sends it: the key event carries the text. */
    private static void enter(TextField field, String typed) {
        press(field, typed, "Enter");
    }

    private static void press(TextField field, String typed, String key) {
        ElementUtilsKt._fireDomEvent(field.getElement(), new DomEvent(field.getElement(), "keydown",
                JsonNodeFactory.instance.objectNode().put("element.value", typed).put("event.shiftKey", false)
                        .put("event.key === '" + key + "'", true)));
    }

    @Test
    void typing_a_mark_saves_it_and_enter_moves_down_the_column() {
        signIn("teacher");
        GradebookGrid grid = open();
        assertThat(GridKt._size(grid)).isEqualTo(3);
        GradebookGrid.Line first = GridKt._get(grid, 0);
        long test = parts.getFirst().id();

        grid.edit(first, test);
        TextField field = grid.field(test);
        enter(field, "4");

        assertThat(gradebooks.row(setup.offeringId(), first.studentId(), Locale.ENGLISH).cell(test).text())
                .isEqualTo("4");
        assertThat(GridKt._getFormatted(grid, 0, "c" + test)).isEqualTo("4");
        GradebookGrid.Line second = GridKt._get(grid, 1);
        assertThat(grid.editing().studentId()).as("Enter went down to the next student")
                .isEqualTo(second.studentId());
        assertThat(field.getValue()).isEmpty();

        // Tab along the row saves too; a value changed and left by the mouse is saved on change
        TextField colloquium = grid.field(parts.get(1).id());
        press(colloquium, "87,5", "Tab");
        assertThat(gradebooks.row(setup.offeringId(), second.studentId(), Locale.ENGLISH).cell(parts.get(1).id())
                .text()).isEqualTo("87.5");
        assertThat(colloquium.getValue()).as("the field shows the value as stored").isEqualTo("87.5");
        TextField exam = grid.field(parts.get(2).id());
        LocatorJ._setValue(exam, "3");
        assertThat(gradebooks.row(setup.offeringId(), second.studentId(), Locale.ENGLISH).cell(parts.get(2).id())
                .text()).isEqualTo("3");
        ShortcutsKt._fireShortcut(colloquium, Key.ESCAPE);
        assertThat(grid.editing()).isNull();
    }

    @Test
    void a_value_off_the_scale_is_refused_on_the_spot_with_the_reason() {
        signIn("teacher");
        GradebookGrid grid = open();
        GradebookGrid.Line first = GridKt._get(grid, 0);
        long exam = parts.get(2).id();
        grid.edit(first, exam);
        TextField field = grid.field(exam);

        enter(field, "6");

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("five-point scale");
        assertThat(_get(GradebookView.class).refusal.getText()).isEqualTo(field.getErrorMessage());
        assertThat(grid.editing().studentId()).as("the cursor stays on the refused cell")
                .isEqualTo(first.studentId());
        assertThat(gradebooks.row(setup.offeringId(), first.studentId(), Locale.ENGLISH).cell(exam).markId())
                .isNull();
    }

    @Test
    void a_stale_cell_is_refused_and_shows_the_value_saved_by_the_other_teacher() {
        signIn("teacher");
        GradebookGrid grid = open();
        GradebookGrid.Line first = GridKt._get(grid, 0);
        long test = parts.getFirst().id();
        grid.edit(first, test);
        // a colleague saves the same cell in the meantime
        gradebooks.save(setup.offeringId(), test, first.studentId(), null, 0, "3", null, Locale.ENGLISH);

        LocatorJ._setValue(grid.field(test), "5");

        assertThat(grid.field(test).getValue()).isEqualTo("3");
        assertThat(gradebooks.row(setup.offeringId(), first.studentId(), Locale.ENGLISH).cell(test).text())
                .isEqualTo("3");
    }

    @Test
    void a_teacher_of_other_groups_is_told_the_offering_does_not_exist() {
        signIn("teacher");
        EnrollmentFixture.signInAs(UserAccount.Role.TEACHER, enrollment.otherTeacher());
        UI.getCurrent().navigate("gradebook", QueryParameters.of("offering", String.valueOf(setup.offeringId())));
        assertThat(_get(GradebookView.class).grid).isNull();
        assertThat(_get(EmptyState.class).getElement().getTextRecursively()).contains("does not exist");
    }

    @Test
    void without_a_scheme_the_teacher_defines_one() {
        GradingFixture.Setup bare = fixture.offering(1);
        signIn("teacher");
        UI.getCurrent().navigate("gradebook", QueryParameters.of("offering", String.valueOf(bare.offeringId())));
        LocatorJ._click(LocatorJ._get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withClasses("define-scheme")));
        SchemeDialog dialog = _get(SchemeDialog.class);
        assertThat(dialog.lines).hasSize(3);
        LocatorJ._click(LocatorJ._get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withClasses("save-scheme")));
        assertThat(gradebooks.header(bare.offeringId(), Locale.ENGLISH).components()).extracting(ComponentInfo::name)
                .containsExactly("Test", "Colloquium", "Exam");
        assertThat(_get(GradebookView.class).grid).isNotNull();
    }

    @Test
    void an_import_shows_every_error_and_imports_only_a_clean_file() {
        signIn("teacher");
        open();
        LocatorJ._click(LocatorJ._get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withClasses("grading-import")));
        ImportDialog dialog = _get(ImportDialog.class);
        dialog.received("marks.csv", "Student;Test\nНикто Никтович;5\nСтудентова0 Мария;9\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(dialog.errors.getChildren()).hasSize(2);
        assertThat(dialog.commit.isEnabled()).isFalse();

        dialog.received("marks.csv", "Student;Test\nСтудентова0 Мария;5\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(dialog.errors.getChildren()).isEmpty();
        LocatorJ._click(dialog.commit);
        assertThat(gradebooks.row(setup.offeringId(), setup.students().getFirst(), Locale.ENGLISH)
                .cell(parts.getFirst().id()).text()).isEqualTo("5");
    }

    @Test
    void the_distribution_chart_counts_the_final_grades() {
        signIn("teacher");
        GradebookGrid grid = open();
        GradebookGrid.Line first = GridKt._get(grid, 0);
        for (int i = 0; i < parts.size(); i++) {
            gradebooks.save(setup.offeringId(), parts.get(i).id(), first.studentId(), null, 0, i == 1 ? "100" : "5",
                    null, Locale.ENGLISH);
        }
        LocatorJ._click(LocatorJ._get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withClasses("grading-chart")));
        String svg = LocatorJ._find(com.vaadin.flow.component.Html.class).getFirst().getInnerHtml();
        assertThat(svg).contains("<svg", "Students: 5, 1</title>", "Students: no grade, 2</title>");
    }
}
