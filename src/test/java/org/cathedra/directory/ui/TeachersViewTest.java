package org.cathedra.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.DirectoryTestData;
import org.cathedra.directory.TeacherRow;
import org.cathedra.directory.internal.TeacherRepository;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.SearchField;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TeachersViewTest extends UiTest {

    @Autowired
    TeacherRepository repository;

    private void openAsAdministrator() {
        signIn("admin");
        UI.getCurrent().navigate("admin/teachers");
    }

    @SuppressWarnings("unchecked")
    private List<TeacherRow> rows() {
        return _find(Grid.class).isEmpty() ? List.of() : GridKt._findAll((Grid<TeacherRow>) _get(Grid.class));
    }

    private TextField field(String label) {
        return _get(_get(FormDialog.class), TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(com.vaadin.flow.component.Component in, String label) {
        return _get(in, ComboBox.class, spec -> spec.withLabel(label));
    }

    private void fillIn(String lastName, String email) {
        _click(_get(Button.class, spec -> spec.withText("New")));
        _setValue(field("Last name"), lastName);
        _setValue(field("First name"), "Marina");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mail")), email);
        ComboBoxKt.selectByLabel(combo(_get(FormDialog.class), "Department"),
                "CYT · Department of Cytogenetics and Chromosomal Diseases");
    }

    private void save() {
        _click(_get(FormDialog.class).saveButton());
    }

    @Test
    void the_administrator_sees_the_teachers_and_filters_them_by_department_and_text() {
        openAsAdministrator();
        assertThat(_get(H1.class).getText()).isEqualTo("Teachers");
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(55).extracting(TeacherRow::fullName)
                .contains("Соколова Ирина Андреевна");

        ComboBoxKt.selectByLabel(combo(UI.getCurrent(), "Department"), "OPH · Department of Ophthalmogenetics");
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(row -> assertThat(row.departmentCode()).isEqualTo("OPH"));

        _setValue(combo(UI.getCurrent(), "Department"), null);
        _setValue(_get(SearchField.class), "соколова ирина");
        assertThat(rows()).extracting(TeacherRow::login).containsExactly("teacher");
        assertThat(GridKt._getFormattedRow((Grid<?>) _get(Grid.class), 0)).contains("Professor", "Doctor of Sciences");
    }

    @Test
    void a_form_with_blank_names_and_a_bad_e_mail_shows_field_errors_and_saves_nothing() {
        openAsAdministrator();
        long before = repository.count();
        _click(_get(Button.class, spec -> spec.withText("New")));
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mail")), "not-an-address");
        save();
        assertThat(field("Last name").isInvalid()).isTrue();
        assertThat(field("Last name").getErrorMessage()).isEqualTo("Last name is required.");
        assertThat(field("First name").isInvalid()).isTrue();
        EmailField email = _get(EmailField.class, spec -> spec.withLabel("E-mail"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter an e-mail address such as name@example.org.");
        assertThat(combo(_get(FormDialog.class), "Department").isInvalid()).isTrue();
        assertThat(_find(FormDialog.class)).hasSize(1);
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void an_e_mail_someone_else_has_is_shown_on_the_e_mail_field() {
        openAsAdministrator();
        long before = repository.count();
        fillIn(DirectoryTestData.unique("Dup"), "teacher@cathedra.example");
        save();
        EmailField email = _get(EmailField.class, spec -> spec.withLabel("E-mail"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("The e-mail teacher@cathedra.example already belongs to someone else.");
        assertThat(_find(FormDialog.class)).hasSize(1);
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_good_form_with_a_login_saves_the_teacher_who_can_then_sign_in() {
        openAsAdministrator();
        String name = DirectoryTestData.unique("Newteacher");
        String username = name.toLowerCase(Locale.ROOT);
        fillIn(name, username + "@staff.example");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Create a login")), true);
        _setValue(field("User name"), username);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Initial password")), "short");
        save();
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Initial password")).getErrorMessage())
                .isEqualTo("The password must be at least 12 characters long.");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Initial password")), "a-long-first-secret");
        save();
        assertThat(_find(FormDialog.class)).isEmpty();
        _setValue(_get(SearchField.class), name);
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.departmentCode()).isEqualTo("CYT");
            assertThat(row.login()).isEqualTo(username);
        });
        assertThat(((CathedraUser) accounts.loadUserByUsername(username)).personId())
                .isEqualTo(rows().getFirst().id());
    }

    @Test
    void deactivation_asks_first() {
        openAsAdministrator();
        String name = DirectoryTestData.unique("Leaving");
        fillIn(name, name.toLowerCase(Locale.ROOT) + "@staff.example");
        save();
        _setValue(_get(SearchField.class), name);
        long id = rows().getFirst().id();

        _click(_get(GridKt._getCellComponent((Grid<?>) _get(Grid.class), 0, "actions"), Button.class,
                spec -> spec.withAttribute("aria-label", "Deactivate")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).contains(name);
        assertThat(repository.findById(id).orElseThrow().isActive()).isTrue();
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(repository.findById(id).orElseThrow().isActive()).isFalse();
        assertThat(rows()).isEmpty();
    }

    @Test
    void a_student_does_not_get_the_view() {
        signIn("student");
        UI.getCurrent().navigate("admin/teachers");
        assertThat(_find(TeachersView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }
}
