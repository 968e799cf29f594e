package org.cathedra.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.cathedra.directory.DepartmentRow;
import org.cathedra.directory.DirectoryTestData;
import org.cathedra.directory.internal.DepartmentRepository;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.SearchField;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DepartmentsViewTest extends UiTest {

    @Autowired
    DepartmentRepository repository;

    @BeforeEach
    void openAsAdministrator() {
        signIn("admin");
        UI.getCurrent().navigate("admin/departments");
    }

    @SuppressWarnings("unchecked")
    private Grid<DepartmentRow> grid() {
        return _get(Grid.class);
    }

    /** The codes the visible grid lists; none when the grid is hidden behind the empty state. */
    private List<String> codes() {
        if (_find(Grid.class).isEmpty()) {
            return List.of();
        }
        return GridKt._findAll(grid()).stream().map(DepartmentRow::code).toList();
    }

    private void search(String text) {
        _setValue(_get(SearchField.class), text);
    }

    private TextField field(String label) {
        return _get(_get(FormDialog.class), TextField.class, spec -> spec.withLabel(label));
    }

    private void save() {
        _click(_get(FormDialog.class).saveButton());
    }

    private Button rowAction(String code, String label) {
        Grid<DepartmentRow> grid = grid();
        int row = codes().indexOf(code);
        assertThat(row).as(code + " is listed").isNotNegative();
        return _get(GridKt._getCellComponent(grid, row, "actions"), Button.class,
                spec -> spec.withAttribute("aria-label", label));
    }

    @Test
    void the_administrator_sees_the_departments_with_their_heads_and_teacher_counts() {
        assertThat(_get(H1.class).getText()).isEqualTo("Departments");
        assertThat(codes()).contains("MG", "OPH", "MGB", "BGM", "CYT", "NEU", "RSP", "ONC", "END", "BIO", "CLG");
        int mg = codes().indexOf("MG");
        List<String> cells = GridKt._getFormattedRow(grid(), mg);
        assertThat(cells.get(1)).isEqualTo("Department of Medical Genetics");
        assertThat(cells.get(2)).isNotEqualTo("—");
        assertThat(Integer.parseInt(cells.get(3))).isGreaterThanOrEqualTo(5);
    }

    @Test
    void the_search_narrows_the_list_and_says_so_when_nothing_matches() {
        search("ophthalmo");
        assertThat(codes()).containsExactly("OPH");
        search("no department is called like this");
        assertThat(_get(_get(EmptyState.class), Paragraph.class).getText()).contains("No department matches the filter.");
        assertThat(_find(Grid.class)).as("the grid gives way to the empty state").isEmpty();
        search("");
        assertThat(codes()).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void a_form_with_blank_names_shows_field_errors_and_saves_nothing() {
        long before = repository.count();
        _click(_get(Button.class, spec -> spec.withText("New")));
        _setValue(field("Code"), DirectoryTestData.unique("D"));
        save();
        assertThat(field("Name in Russian").isInvalid()).isTrue();
        assertThat(field("Name in Russian").getErrorMessage()).isEqualTo("Name in Russian is required.");
        assertThat(field("Name in English").isInvalid()).isTrue();
        assertThat(_find(FormDialog.class)).as("the dialog stays open").hasSize(1);
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_code_in_use_is_shown_on_the_code_field_and_the_dialog_stays_open() {
        long before = repository.count();
        _click(_get(Button.class, spec -> spec.withText("New")));
        _setValue(field("Code"), "mg");
        _setValue(field("Name in Russian"), "Ещё одна кафедра");
        _setValue(field("Name in English"), "Another department");
        save();
        assertThat(field("Code").isInvalid()).isTrue();
        assertThat(field("Code").getErrorMessage()).isEqualTo("The code \"MG\" is already in use.");
        assertThat(_find(FormDialog.class)).hasSize(1);
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_good_form_saves_and_the_new_department_is_listed() {
        String code = DirectoryTestData.unique("D");
        _click(_get(Button.class, spec -> spec.withText("New")));
        _setValue(field("Code"), code.toLowerCase(Locale.ROOT));
        _setValue(field("Name in Russian"), "Кафедра геномной медицины");
        _setValue(field("Name in English"), "Department of Genomic Medicine");
        save();
        assertThat(_find(FormDialog.class)).isEmpty();
        search(code);
        assertThat(codes()).containsExactly(code);
        assertThat(repository.findByCode(code)).hasValueSatisfying(
                d -> assertThat(d.getNameEn()).isEqualTo("Department of Genomic Medicine"));
    }

    @Test
    void deactivation_asks_first_and_the_department_then_shows_only_with_inactive_ones() {
        String code = DirectoryTestData.unique("D");
        _click(_get(Button.class, spec -> spec.withText("New")));
        _setValue(field("Code"), code);
        _setValue(field("Name in Russian"), "Кафедра на время");
        _setValue(field("Name in English"), "Temporary department");
        save();
        search(code);

        _click(rowAction(code, "Deactivate"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).contains(code);
        assertThat(repository.findByCode(code).orElseThrow().isActive()).as("nothing happens before confirming")
                .isTrue();
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(repository.findByCode(code).orElseThrow().isActive()).isFalse();
        assertThat(codes()).isEmpty();

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Show inactive")), true);
        assertThat(codes()).containsExactly(code);
        _click(rowAction(code, "Activate"));
        assertThat(repository.findByCode(code).orElseThrow().isActive()).isTrue();
    }

    @Test
    void a_teacher_does_not_get_the_view() {
        signIn("teacher");
        UI.getCurrent().navigate("admin/departments");
        assertThat(_find(DepartmentsView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }
}
