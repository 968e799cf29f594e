package org.cathedra.directory.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cathedra.directory.DepartmentOption;
import org.cathedra.directory.DepartmentService;
import org.cathedra.directory.Teacher;
import org.cathedra.directory.TeacherForm;
import org.cathedra.directory.TeacherRow;
import org.cathedra.directory.TeacherService;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.Confirm;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.SearchField;
import org.cathedra.shared.ui.ViewHeader;
import org.springframework.data.domain.PageRequest;

/** The administrator's list of teachers: search, department filter, create (with a login), edit, (de)activate. */
@Route("admin/teachers")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 11, icon = "vaadin:doctor", title = "nav.teachers")
class TeachersView extends VerticalLayout implements HasDynamicTitle {

    private final TeacherService teachers;
    private final List<DepartmentOption> departments;
    private final SearchField search = new SearchField("teacher.search", this::refresh);
    private final ComboBox<DepartmentOption> department = new ComboBox<>();
    private final Checkbox showInactive = new Checkbox();
    private final Grid<TeacherRow> grid = new Grid<>();
    private final EmptyState empty = new EmptyState(getTranslation("teacher.empty"));

    TeachersView(TeacherService teachers, DepartmentService departmentService) {
        this.teachers = teachers;
        this.departments = departmentService.options();
        addClassName("teachers-view");
        setSizeFull();
        Button create = new Button(getTranslation("action.create"), VaadinIcon.PLUS.create(),
                e -> open(new TeacherForm()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        department.setLabel(getTranslation("teacher.department"));
        department.setPlaceholder(getTranslation("directory.filter.all"));
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.label(getLocale()));
        department.setClearButtonVisible(true);
        department.addValueChangeListener(e -> refresh());
        showInactive.setLabel(getTranslation("common.showInactive"));
        showInactive.addValueChangeListener(e -> refresh());
        Div filters = new Div(search, department, showInactive);
        filters.addClassName("filter-bar");
        configureGrid();
        add(new ViewHeader(getTranslation("teacher.title"), create), filters, grid, empty);
        refresh();
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.addColumn(TeacherRow::fullName).setKey("name").setHeader(getTranslation("person.name"))
                .setSortProperty("lastName", "firstName", "middleName").setWidth("15rem").setFlexGrow(3);
        grid.addColumn(row -> row.departmentCode()).setKey("department")
                .setHeader(getTranslation("teacher.department")).setSortProperty("department.code")
                .setTooltipGenerator(row -> row.departmentName(locale)).setAutoWidth(true).setFlexGrow(0);
        var position = grid.addColumn(row -> getTranslation("teacher.position." + row.position())).setKey("position")
                .setHeader(getTranslation("teacher.position")).setWidth("11rem").setFlexGrow(1);
        var degree = grid.addColumn(row -> getTranslation("teacher.degree." + row.degree())).setKey("degree")
                .setHeader(getTranslation("teacher.degree")).setWidth("10rem").setFlexGrow(1);
        var external = grid.addColumn(row -> row.external() ? getTranslation("common.yes") : "").setKey("external")
                .setHeader(getTranslation("teacher.external")).setAutoWidth(true).setFlexGrow(0);
        var email = grid.addColumn(row -> row.email() == null ? "" : row.email()).setKey("email")
                .setHeader(getTranslation("person.email")).setSortProperty("email").setWidth("15rem").setFlexGrow(1);
        var login = grid.addColumn(row -> row.login() == null ? "" : row.login()).setKey("login")
                .setHeader(getTranslation("person.login")).setAutoWidth(true).setFlexGrow(0);
        var status = grid.addComponentColumn(row -> RowActions.inactiveMarker(row.active(),
                getTranslation("common.inactive"))).setKey("status").setHeader(getTranslation("directory.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("directory.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> teachers.list(filter(), toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("teacher.title"));
        grid.setSizeFull();
        grid.addItemDoubleClickListener(e -> open(teachers.edit(e.getItem().id())));
        NarrowScreens.hideOnPhones(grid, position, degree, external, email, login, status);
    }

    private RowActions actions(TeacherRow row) {
        RowActions actions = new RowActions()
                .add(VaadinIcon.EDIT, getTranslation("action.edit"), () -> open(teachers.edit(row.id())));
        if (row.active()) {
            actions.add(VaadinIcon.BAN, getTranslation("action.deactivate"), () -> Confirm.ask(
                    getTranslation("teacher.deactivate.title", row.fullName()),
                    getTranslation("teacher.deactivate.text"), getTranslation("directory.deactivate.confirm"),
                    () -> RowActions.attempt(() -> teachers.deactivate(row.id(), row.version()),
                            getTranslation("directory.deactivated", row.fullName()), this::refresh)));
        } else {
            actions.add(VaadinIcon.ROTATE_LEFT, getTranslation("action.activate"),
                    () -> RowActions.attempt(() -> teachers.activate(row.id(), row.version()),
                            getTranslation("directory.activated", row.fullName()), this::refresh));
        }
        return actions;
    }

    private TeacherService.Filter filter() {
        DepartmentOption chosen = department.getValue();
        return new TeacherService.Filter(search.getValue(), chosen == null ? null : chosen.id(),
                showInactive.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        boolean any = teachers.list(filter(), PageRequest.of(0, 1)).hasContent();
        grid.setVisible(any);
        empty.setVisible(!any);
    }

    private void open(TeacherForm form) {
        Binder<TeacherForm> binder = new Binder<>();
        PersonFields<TeacherForm> person = new PersonFields<>(binder, form);
        // inactive departments take nobody new, but a teacher already in one keeps it
        List<DepartmentOption> choices = departments.stream()
                .filter(d -> d.active() || Objects.equals(d.id(), form.getDepartmentId())).toList();
        ComboBox<DepartmentOption> dept = new ComboBox<>(getTranslation("teacher.department"), choices);
        dept.setItemLabelGenerator(d -> d.label(getLocale()));
        ComboBox<Teacher.Position> position = new ComboBox<>(getTranslation("teacher.position"),
                Teacher.Position.values());
        position.setItemLabelGenerator(p -> getTranslation("teacher.position." + p));
        ComboBox<Teacher.AcademicDegree> degree = new ComboBox<>(getTranslation("teacher.degree"),
                Teacher.AcademicDegree.values());
        degree.setItemLabelGenerator(d -> getTranslation("teacher.degree." + d));
        Checkbox external = new Checkbox(getTranslation("teacher.external"));

        binder.forField(dept).asRequired(getTranslation("error.required", "teacher.department"))
                .bind(f -> choices.stream().filter(d -> Objects.equals(d.id(), f.getDepartmentId())).findFirst()
                        .orElse(null), (f, d) -> f.setDepartmentId(d == null ? null : d.id()));
        binder.forField(position).asRequired(getTranslation("error.required", "teacher.position"))
                .bind(TeacherForm::getPosition, TeacherForm::setPosition);
        binder.forField(degree).asRequired(getTranslation("error.required", "teacher.degree"))
                .bind(TeacherForm::getDegree, TeacherForm::setDegree);
        binder.forField(external).bind(TeacherForm::isExternal, TeacherForm::setExternal);
        binder.readBean(form);

        Refusals refusals = person.routeTo(new Refusals()).on(dept, "teacher.department",
                "error.department.inactive", "error.teacher.isHead").on(position, "teacher.position");
        String title = form.isNew() ? getTranslation("teacher.new")
                : getTranslation("teacher.edit", form.getLastName() + " " + form.getFirstName());
        FormDialog dialog = new FormDialog(title, () -> {
            if (!binder.writeBeanIfValid(form)) {
                return false;
            }
            try {
                teachers.save(form);
            } catch (RuntimeException e) {
                return refusals.show(e);
            }
            Notifications.success(getTranslation("directory.saved", form.getLastName() + " " + form.getFirstName()));
            refresh();
            return true;
        });
        person.addNamesTo(dialog);
        dialog.addFields(dept, position, degree, external).wide(dept);
        person.addLoginTo(dialog);
        refusals.showIn(dialog);
        dialog.open();
        person.lastName.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teacher.title");
    }
}
