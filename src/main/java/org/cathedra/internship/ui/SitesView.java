package org.cathedra.internship.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cathedra.directory.TeacherRow;
import org.cathedra.directory.TeacherService;
import org.cathedra.internship.Site;
import org.cathedra.internship.SiteService;
import org.cathedra.internship.SiteService.SiteRow;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.Confirm;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Rows;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;

/**
 * The office's internship sites: clinical departments, counselling rooms, laboratories and partner hospitals, each
 * with its address and supervisors. External clinicians are registered as external teachers in the directory first.
 */
@Route("admin/internship-sites")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 27, icon = "vaadin:building-o", title = "nav.internship.sites")
class SitesView extends VerticalLayout implements HasDynamicTitle {

    private final SiteService sites;
    private final TeacherService teachers;
    final Grid<SiteRow> grid = new Grid<>();
    final Button create = new Button();
    final EmptyState none;

    SitesView(SiteService sites, TeacherService teachers) {
        this.sites = sites;
        this.teachers = teachers;
        addClassName("sites-view");
        grid.addClassName("sites-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(SiteRow::code).setKey("code").setAutoWidth(true).setHeader(getTranslation("internship.site.code"));
        grid.addColumn(s -> s.name() + " (" + getTranslation("internship.site.kind." + s.kind().name())
                + (s.active() ? "" : ", " + getTranslation("internship.sites.inactive")) + ")")
                .setKey("name").setFlexGrow(3).setHeader(getTranslation("internship.site"));
        grid.addColumn(SiteRow::address).setKey("address").setFlexGrow(2)
                .setHeader(getTranslation("internship.site.address"));
        grid.addColumn(s -> String.join(", ", s.supervisors())).setKey("supervisors").setFlexGrow(2)
                .setHeader(getTranslation("internship.siteSupervisor"));
        grid.addComponentColumn(this::actions).setKey("actions").setWidth("13rem").setFlexGrow(0)
                .setHeader(getTranslation("common.actions"));
        create.setText(getTranslation("internship.sites.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openEdit(null));
        none = new EmptyState(getTranslation("internship.sites.none"));
        add(new ViewHeader(getTranslation("internship.sites.title"), getTranslation("internship.sites.subtitle"),
                create), none, grid);
        refresh();
    }

    private void refresh() {
        var rows = sites.list(getLocale());
        grid.setItems(rows);
        none.setVisible(rows.isEmpty());
        grid.setVisible(!rows.isEmpty());
    }

    private HorizontalLayout actions(SiteRow site) {
        HorizontalLayout actions = new HorizontalLayout(small("action.edit", () -> openEdit(site)),
                small("internship.sites.addSupervisor", () -> openSupervisor(site)));
        if (site.active()) {
            actions.add(small("action.deactivate", () -> Confirm.ask(getTranslation("action.deactivate"),
                    getTranslation("internship.sites.deactivateConfirm", site.code()),
                    getTranslation("action.deactivate"), () -> save(() -> sites.setActive(site.id(), false)))));
        } else {
            actions.add(small("action.activate", () -> save(() -> sites.setActive(site.id(), true))));
        }
        actions.setSpacing(false);
        actions.setWrap(true);
        actions.addClassName("site-actions");
        return actions;
    }

    private Button small(String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void openEdit(@Nullable SiteRow row) {
        UI ui = UI.getCurrent();
        TextField code = field("internship.site.code", Site.CODE_MAX);
        Select<Site.Kind> kind = new Select<>();
        kind.setLabel(getTranslation("internship.site.kind"));
        kind.setItems(Site.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("internship.site.kind." + k.name()));
        TextField nameRu = field("internship.site.nameRu", Site.NAME_MAX);
        TextField nameEn = field("internship.site.nameEn", Site.NAME_MAX);
        TextField address = field("internship.site.address", Site.ADDRESS_MAX);
        if (row != null) {
            code.setValue(row.code());
            kind.setValue(row.kind());
            nameRu.setValue(row.nameRu());
            nameEn.setValue(row.nameEn());
            address.setValue(row.address());
        }
        FormDialog dialog = new FormDialog(ui.getTranslation(row == null ? "internship.sites.new"
                : "internship.sites.edit"), () -> save(() -> sites.save(row == null ? null : row.id(),
                        code.getValue(), kind.getValue(), nameRu.getValue(), nameEn.getValue(), address.getValue())));
        dialog.addFields(code, kind, nameRu, nameEn, address).wide(address);
        dialog.open();
    }

    private void openSupervisor(SiteRow site) {
        ComboBox<TeacherRow> teacher = new ComboBox<>(getTranslation("internship.siteSupervisor"));
        teacher.setItems(query -> teachers.list(new TeacherService.Filter(query.getFilter().orElse(null), null,
                false), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        teacher.setItemLabelGenerator(t -> t.fullName() + " (" + t.departmentCode() + ")");
        teacher.addClassName("supervisor-choice");
        FormDialog dialog = new FormDialog(getTranslation("internship.sites.addSupervisor") + ": " + site.code(),
                () -> teacher.getValue() != null && save(() -> sites.addSupervisor(site.id(), teacher.getValue().id())));
        dialog.addFields(teacher).wide(teacher);
        dialog.open();
    }

    private boolean save(Runnable action) {
        return Rows.save(action, this::refresh);
    }

    private TextField field(String key, int max) {
        TextField field = new TextField(getTranslation(key));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("internship.sites.title");
    }
}
