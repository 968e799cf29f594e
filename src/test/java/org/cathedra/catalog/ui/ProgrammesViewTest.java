package org.cathedra.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.cathedra.catalog.Programme;
import org.cathedra.catalog.internal.ProgrammeRepository;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgrammesViewTest extends UiTest {

    @Autowired
    ProgrammeRepository programmes;

    private ProgrammesView open() {
        signIn("admin");
        UI.getCurrent().navigate("admin/programmes");
        return _get(ProgrammesView.class);
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static int rowOf(ProgrammesView view, String code) {
        return GridKt._findAll(view.grid).stream().map(Programme::getCode).toList().indexOf(code);
    }

    @Test
    void an_administrator_sees_the_programmes_with_both_units_of_load() {
        ProgrammesView view = open();
        assertThat(_get(H1.class).getText()).isEqualTo("Programmes");
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(10);
        int row = rowOf(view, "RES-GEN");
        assertThat(GridKt._getFormatted(view.grid, row, "load")).isEqualTo("120 CU = 4,320 h");
        assertThat(GridKt._getFormatted(view.grid, row, "kind")).isEqualTo("Residency");
        assertThat(GridKt._getFormatted(view.grid, rowOf(view, "CPD-NGS144"), "load")).isEqualTo("4 CU = 144 h");
    }

    @Test
    void the_list_speaks_russian_to_a_russian_user() {
        signIn("admin", Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("admin/programmes");
        ProgrammesView view = _get(ProgrammesView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Программы");
        assertThat(view.getPageTitle()).isEqualTo("Программы");
        assertThat(GridKt._getFormatted(view.grid, rowOf(view, "RES-GEN"), "load"))
                .matches("120 з\\. е\\. = 4[\\s\\u00a0\\u202f]320 ч");
        assertThat(GridKt._getFormatted(view.grid, rowOf(view, "RES-GEN"), "name"))
                .isEqualTo("Ординатура: Генетика");
    }

    @Test
    void filters_narrow_the_list_and_an_empty_result_says_so() {
        ProgrammesView view = open();
        _setValue(view.kind, Programme.Kind.CPD);
        assertThat(GridKt._findAll(view.grid)).isNotEmpty().allMatch(p -> p.getKind() == Programme.Kind.CPD);
        _setValue(view.search, "NGS");
        assertThat(GridKt._findAll(view.grid)).extracting(Programme::getCode).containsExactly("CPD-NGS144");
        _setValue(view.search, "no programme is called this");
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        _click(_get(view.empty, Button.class, spec -> spec.withText("Clear")));
        assertThat(view.grid.isVisible()).isTrue();
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(10);
    }

    @Test
    void a_form_with_errors_shows_them_on_the_fields_and_saves_nothing() {
        open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        _setValue(field("Code"), "PV-BAD-1");
        _setValue(field("Name in English"), "Residency: Incomplete");
        _setValue(field("Duration, months"), "99");
        _setValue(field("Credit units"), "2.5");
        FormDialog dialog = _get(FormDialog.class);
        _click(dialog.saveButton());

        assertThat(dialog.isOpened()).isTrue();
        assertThat(field("Name in Russian").getErrorMessage()).isEqualTo("Name in Russian is required.");
        assertThat(field("Duration, months").getErrorMessage()).isEqualTo("Duration, months must be between 1 and 72.");
        assertThat(field("Credit units").getErrorMessage()).startsWith("Residency and PhD programmes are measured");
        assertThat(programmes.existsByCode("PV-BAD-1")).isFalse();
    }

    @Test
    void a_refused_save_keeps_the_dialog_open_with_the_reason() {
        open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        fill("res-gen", Programme.Kind.RESIDENCY, "120", null);
        FormDialog dialog = _get(FormDialog.class);
        _click(dialog.saveButton());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(field("Code").isInvalid()).isTrue();
        assertThat(field("Code").getErrorMessage()).isEqualTo("The code \"RES-GEN\" is already in use.");
    }

    @Test
    void a_good_form_saves_and_the_new_programme_appears() {
        ProgrammesView view = open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        fill("PV-CPD-1", Programme.Kind.CPD, null, "72");
        assertThat(field("Credit units").getValue()).isEqualTo("2");
        assertThat(field("Credit units").isReadOnly()).isTrue();
        _click(_get(FormDialog.class).saveButton());

        assertThat(programmes.findByCode("PV-CPD-1")).get().satisfies(p -> {
            assertThat(p.getKind()).isEqualTo(Programme.Kind.CPD);
            assertThat(p.getLoad().academicHours()).isEqualTo(72);
        });
        _setValue(view.search, "PV-CPD-1");
        assertThat(GridKt._findAll(view.grid)).extracting(Programme::getCode).containsExactly("PV-CPD-1");
        assertThat(GridKt._getFormatted(view.grid, 0, "load")).isEqualTo("2 CU = 72 h");
    }

    @Test
    void deactivation_asks_for_confirmation_first() {
        ProgrammesView view = open();
        _click(_get(Button.class, spec -> spec.withText("New")));
        fill("PV-OFF-1", Programme.Kind.RESIDENCY, "120", null);
        _click(_get(FormDialog.class).saveButton());
        _setValue(view.search, "PV-OFF-1");

        _click(_get(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class,
                spec -> spec.withText("Deactivate")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Deactivate programme PV-OFF-1?");
        assertThat(programmes.findByCode("PV-OFF-1")).get().extracting(Programme::isActive).isEqualTo(true);
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(programmes.findByCode("PV-OFF-1")).get().extracting(Programme::isActive).isEqualTo(false);
        assertThat(view.empty.isVisible()).isTrue();
        _setValue(view.showInactive, true);
        // the grid draws what changed on the next round trip to the browser
        MockVaadin.clientRoundtrip(false);
        assertThat(GridKt._getCellComponent(view.grid, 0, "status").getElement().getText()).isEqualTo("Inactive");
    }

    @SuppressWarnings("unchecked")
    private static void fill(String code, Programme.Kind kind, String creditUnits, String hours) {
        _setValue(field("Code"), code);
        _setValue(_get(Select.class, spec -> spec.withLabel("Kind")), kind);
        _setValue(field("Name in Russian"), "Программа " + code);
        _setValue(field("Name in English"), "Programme " + code);
        _setValue(field("Speciality"), "Генетика / Genetics");
        _setValue(field("Duration, months"), kind == Programme.Kind.CPD ? "1" : "24");
        if (creditUnits != null) {
            _setValue(field("Credit units"), creditUnits);
        }
        if (hours != null) {
            _setValue(field("Academic hours"), hours);
        }
    }
}
