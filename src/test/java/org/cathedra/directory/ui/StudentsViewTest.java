package org.cathedra.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.DirectoryTestData;
import org.cathedra.directory.ProgrammeLookup.ProgrammeOption;
import org.cathedra.directory.Student;
import org.cathedra.directory.StudentRow;
import org.cathedra.directory.internal.StudentRepository;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.SearchField;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StudentsViewTest extends UiTest {

    @Autowired
    StudentRepository repository;

    private void openAsAdministrator() {
        signIn("admin");
        UI.getCurrent().navigate("admin/students");
    }

    @SuppressWarnings("unchecked")
    private List<StudentRow> rows() {
        return _find(Grid.class).isEmpty() ? List.of() : GridKt._findAll((Grid<StudentRow>) _get(Grid.class));
    }

    private Component dialog() {
        return _get(FormDialog.class);
    }

    private TextField field(String label) {
        return _get(dialog(), TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(Component in, String label) {
        return _get(in, ComboBox.class, spec -> spec.withLabel(label));
    }

    private void save() {
        _click(_get(FormDialog.class).saveButton());
    }

    private void newStudent(String lastName) {
        _click(_get(Button.class, spec -> spec.withText("New")));
        _setValue(field("Last name"), lastName);
        _setValue(field("First name"), "Daria");
        _setValue(_get(dialog(), IntegerField.class, spec -> spec.withLabel("Start year")), 2026);
    }

    @Test
    void the_administrator_sees_the_students_and_filters_them_by_kind_cohort_and_text() {
        openAsAdministrator();
        assertThat(_get(H1.class).getText()).isEqualTo("Students");
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(340);

        ComboBoxKt.selectByLabel(combo(UI.getCurrent(), "Kind of learner"), "PhD-track postgraduate");
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(44).hasSizeLessThan(340)
                .allSatisfy(row -> assertThat(row.learnerKind()).isEqualTo(Student.LearnerKind.PHD));
        _setValue(combo(UI.getCurrent(), "Kind of learner"), null);

        ComboBoxKt.selectByLabel(combo(UI.getCurrent(), "Cohort"), "RES-GEN-2026");
        assertThat(rows()).hasSize(30).allSatisfy(row -> assertThat(row.cohort()).isEqualTo("RES-GEN-2026"));
        assertThat(GridKt._getFormattedRow((Grid<?>) _get(Grid.class), 0)).contains("RES-GEN", "Resident");

        _setValue(_get(SearchField.class), "петрова анна");
        assertThat(rows()).extracting(StudentRow::login).containsExactly("student");
    }

    @Test
    void a_form_with_blank_names_and_an_implausible_start_year_shows_field_errors_and_saves_nothing() {
        openAsAdministrator();
        long before = repository.count();
        _click(_get(Button.class, spec -> spec.withText("New")));
        IntegerField startYear = _get(dialog(), IntegerField.class, spec -> spec.withLabel("Start year"));
        _setValue(startYear, 1900);
        save();
        assertThat(field("Last name").isInvalid()).isTrue();
        assertThat(field("First name").getErrorMessage()).isEqualTo("First name is required.");
        assertThat(startYear.isInvalid()).isTrue();
        assertThat(startYear.getErrorMessage()).isEqualTo("Enter a year between 1990 and 2100.");
        assertThat(_find(FormDialog.class)).hasSize(1);
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void only_programmes_for_the_chosen_kind_of_learner_are_offered() {
        openAsAdministrator();
        _click(_get(Button.class, spec -> spec.withText("New")));
        ComboBox<Student.LearnerKind> kind = combo(dialog(), "Kind of learner");
        ComboBox<ProgrammeOption> programme = combo(dialog(), "Programme");
        _setValue(kind, Student.LearnerKind.CPD);
        assertThat(ComboBoxKt.getSuggestionItems(programme)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.learnerKind()).isEqualTo(Student.LearnerKind.CPD));
        ComboBoxKt.selectByLabel(programme, "CPD-NGS144 · CPD: Clinical Interpretation of NGS Data");
        _setValue(kind, Student.LearnerKind.PHD);
        assertThat(programme.getValue()).as("a programme of the old kind is dropped").isNull();
        assertThat(ComboBoxKt.getSuggestions(programme)).allSatisfy(label -> assertThat(label).startsWith("PHD-"));
    }

    @Test
    void a_good_form_with_a_programme_and_a_login_saves_the_student() {
        openAsAdministrator();
        String name = DirectoryTestData.unique("Newstudent");
        String username = name.toLowerCase(Locale.ROOT);
        newStudent(name);
        _setValue(combo(dialog(), "Kind of learner"), Student.LearnerKind.RESIDENT);
        ComboBoxKt.selectByLabel(combo(dialog(), "Programme"), "RES-LABGEN · Residency: Laboratory Genetics");
        _setValue(field("Cohort"), "LAB-" + name);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Create a login")), true);
        _setValue(field("User name"), username);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Initial password")), "a-long-first-secret");
        save();
        assertThat(_find(FormDialog.class)).isEmpty();

        _setValue(_get(SearchField.class), name);
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.cohort()).isEqualTo("LAB-" + name);
            assertThat(row.login()).isEqualTo(username);
        });
        assertThat(GridKt._getFormattedRow((Grid<?>) _get(Grid.class), 0)).contains("RES-LABGEN", "2026");
        assertThat(((CathedraUser) accounts.loadUserByUsername(username)).role().name()).isEqualTo("STUDENT");
        assertThat(ComboBoxKt.getSuggestions(combo(UI.getCurrent(), "Cohort"))).as("the new cohort can be filtered")
                .contains("LAB-" + name);
    }

    @Test
    void deactivation_asks_first() {
        openAsAdministrator();
        String name = DirectoryTestData.unique("Graduate");
        newStudent(name);
        save();
        _setValue(_get(SearchField.class), name);
        long id = rows().getFirst().id();

        _click(_get(GridKt._getCellComponent((Grid<?>) _get(Grid.class), 0, "actions"), Button.class,
                spec -> spec.withAttribute("aria-label", "Deactivate")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(repository.findById(id).orElseThrow().isActive()).isTrue();
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(repository.findById(id).orElseThrow().isActive()).isFalse();
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Show inactive")), true);
        assertThat(rows()).singleElement().satisfies(row -> assertThat(row.active()).isFalse());
    }

    @Test
    void a_teacher_does_not_get_the_view() {
        signIn("teacher");
        UI.getCurrent().navigate("admin/students");
        assertThat(_find(StudentsView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }
}
