package org.cathedra.directory.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cathedra.directory.Department;
import org.cathedra.directory.DepartmentForm;
import org.cathedra.directory.DepartmentRow;
import org.cathedra.directory.DepartmentService;
import org.cathedra.directory.TeacherOption;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.Confirm;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.SearchField;
import org.cathedra.shared.ui.ViewHeader;
import org.springframework.data.domain.PageRequest;

/** The administrator's list of departments: search, inactive ones on request, create, edit, (de)activate. */
@Route("admin/departments")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 10, icon = "vaadin:building", title = "nav.departments")
class DepartmentsView extends VerticalLayout implements HasDynamicTitle {

    private final DepartmentService departments;
    private final SearchField search = new SearchField("department.search", this::refresh);
    private final Checkbox showInactive = new Checkbox();
    private final Grid<DepartmentRow> grid = new Grid<>();
    private final EmptyState empty = new EmptyState(getTranslation("department.empty"));

    DepartmentsView(DepartmentService departments) {
        this.departments = departments;
        addClassName("departments-view");
        setSizeFull();
        Button create = new Button(getTranslation("action.create"), VaadinIcon.PLUS.create(),
                e -> open(new DepartmentForm()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showInactive.setLabel(getTranslation("common.showInactive"));
        showInactive.addValueChangeListener(e -> refresh());
        Div filters = new Div(search, showInactive);
        filters.addClassName("filter-bar");
        configureGrid();
        add(new ViewHeader(getTranslation("department.title"), create), filters, grid, empty);
        refresh();
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.addColumn(DepartmentRow::code).setKey("code").setHeader(getTranslation("department.code"))
                .setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.name(locale)).setKey("name").setHeader(getTranslation("department.name"))
                .setSortProperty("ru".equals(locale.getLanguage()) ? "nameRu" : "nameEn").setFlexGrow(3).setWidth("16rem");
        var head = grid.addColumn(row -> row.headName() == null ? "—" : row.headName()).setKey("head")
                .setHeader(getTranslation("department.head")).setFlexGrow(2);
        var teachers = grid.addColumn(DepartmentRow::teacherCount).setKey("teachers")
                .setHeader(getTranslation("department.teacherCount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        var status = grid.addComponentColumn(row -> RowActions.inactiveMarker(row.active(),
                getTranslation("common.inactive"))).setKey("status").setHeader(getTranslation("directory.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("directory.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> departments.list(filter(), toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("department.title"));
        grid.setSizeFull();
        grid.addItemDoubleClickListener(e -> open(departments.edit(e.getItem().id())));
        NarrowScreens.hideOnPhones(grid, head, teachers, status);
    }

    private RowActions actions(DepartmentRow row) {
        RowActions actions = new RowActions()
                .add(VaadinIcon.EDIT, getTranslation("action.edit"), () -> open(departments.edit(row.id())));
        if (row.active()) {
            actions.add(VaadinIcon.BAN, getTranslation("action.deactivate"), () -> Confirm.ask(
                    getTranslation("department.deactivate.title", row.code()),
                    getTranslation("department.deactivate.text"), getTranslation("directory.deactivate.confirm"),
                    () -> RowActions.attempt(() -> departments.deactivate(row.id(), row.version()),
                            getTranslation("directory.deactivated", row.code()), this::refresh)));
        } else {
            actions.add(VaadinIcon.ROTATE_LEFT, getTranslation("action.activate"),
                    () -> RowActions.attempt(() -> departments.activate(row.id(), row.version()),
                            getTranslation("directory.activated", row.code()), this::refresh));
        }
        return actions;
    }

    private DepartmentService.Filter filter() {
        return new DepartmentService.Filter(search.getValue(), showInactive.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        boolean any = departments.list(filter(), PageRequest.of(0, 1)).hasContent();
        grid.setVisible(any);
        empty.setVisible(!any);
    }

    private void open(DepartmentForm form) {
        TextField code = new TextField(getTranslation("department.code"));
        code.setMaxLength(Department.CODE_MAX);
        TextField nameRu = new TextField(getTranslation("department.nameRu"));
        nameRu.setMaxLength(Department.NAME_MAX);
        TextField nameEn = new TextField(getTranslation("department.nameEn"));
        nameEn.setMaxLength(Department.NAME_MAX);
        ComboBox<TeacherOption> head = new ComboBox<>(getTranslation("department.head"));
        head.setItemLabelGenerator(TeacherOption::fullName);
        head.setClearButtonVisible(true);
        List<TeacherOption> candidates = form.isNew() ? List.of() : departments.headCandidates(form.getId());
        head.setItems(candidates);
        if (candidates.isEmpty()) {
            head.setEnabled(false);
            head.setHelperText(getTranslation("department.head.later"));
        }

        Binder<DepartmentForm> binder = new Binder<>();
        binder.forField(code).asRequired(getTranslation("error.required", "department.code"))
                .bind(DepartmentForm::getCode, DepartmentForm::setCode);
        binder.forField(nameRu).asRequired(getTranslation("error.required", "department.nameRu"))
                .bind(DepartmentForm::getNameRu, DepartmentForm::setNameRu);
        binder.forField(nameEn).asRequired(getTranslation("error.required", "department.nameEn"))
                .bind(DepartmentForm::getNameEn, DepartmentForm::setNameEn);
        binder.forField(head).bind(f -> candidates.stream().filter(t -> Objects.equals(t.id(), f.getHeadId())).findFirst()
                .orElse(null), (f, teacher) -> f.setHeadId(teacher == null ? null : teacher.id()));
        binder.readBean(form);

        Refusals refusals = new Refusals().on(code, "department.code", "error.duplicateCode")
                .on(nameRu, "department.nameRu").on(nameEn, "department.nameEn").on(head, "error.department.head");
        String title = form.isNew() ? getTranslation("department.new")
                : getTranslation("department.edit", form.getCode());
        FormDialog dialog = new FormDialog(title, () -> {
            if (!binder.writeBeanIfValid(form)) {
                return false;
            }
            try {
                departments.save(form);
            } catch (RuntimeException e) {
                return refusals.show(e);
            }
            Notifications.success(getTranslation("directory.saved", form.getCode().toUpperCase(Locale.ROOT)));
            refresh();
            return true;
        });
        dialog.addFields(code, head, nameRu, nameEn).wide(nameRu).wide(nameEn);
        refusals.showIn(dialog);
        dialog.open();
        code.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("department.title");
    }
}
