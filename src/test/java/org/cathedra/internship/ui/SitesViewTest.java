package org.cathedra.internship.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.cathedra.directory.TeacherRow;
import org.cathedra.directory.TeacherService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.cathedra.internship.Site;
import org.cathedra.internship.SiteService.SiteRow;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;

/** The office adds a site and a supervisor to it. */
class SitesViewTest extends UiTest {

    @Autowired
    TeacherService teachers;

    @Test
    @SuppressWarnings("unchecked")
    void the_office_adds_a_site_and_names_its_supervisor() {
        signIn("admin");
        UI.getCurrent().navigate("admin/internship-sites");
        SitesView view = _get(SitesView.class);
        assertThat(view.grid.getListDataView().getItems()).extracting(SiteRow::code).contains("GC-ROOM", "PH-CHILD");

        _click(view.create);
        FormDialog dialog = _get(FormDialog.class);
        List<TextField> fields = com.github.mvysny.kaributesting.v10.LocatorJ._find(dialog, TextField.class);
        String code = "SV-" + System.nanoTime() % 100000;
        fields.get(0).setValue(code);
        ((Select<Site.Kind>) _get(dialog, Select.class)).setValue(Site.Kind.MOLECULAR_LAB);
        fields.get(1).setValue("Лаборатория NGS");
        fields.get(2).setValue("NGS laboratory");
        fields.get(3).setValue("Москва, ул. Москворечье, 1");
        _click(dialog.saveButton());
        SiteRow site = view.grid.getListDataView().getItems().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow();
        assertThat(site.supervisors()).isEmpty();

        int row = view.grid.getListDataView().getItems().toList().indexOf(site);
        _click(_get(GridKt._getCellComponent(view.grid, row, "actions"), Button.class,
                spec -> spec.withText("Add supervisor")));
        FormDialog supervisor = _get(FormDialog.class);
        ComboBox<TeacherRow> teacher = _get(supervisor, ComboBox.class);
        teacher.setValue(teachers.list(new TeacherService.Filter("Соколова", null, false), PageRequest.of(0, 5))
                .getContent().getFirst());
        _click(supervisor.saveButton());

        assertThat(view.grid.getListDataView().getItems().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow().supervisors()).containsExactly("Соколова Ирина Андреевна");
    }
}
