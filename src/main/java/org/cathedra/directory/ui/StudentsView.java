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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cathedra.directory.ProgrammeLookup.ProgrammeOption;
import org.cathedra.directory.Student;
import org.cathedra.directory.Student.LearnerKind;
import org.cathedra.directory.StudentForm;
import org.cathedra.directory.StudentRow;
import org.cathedra.directory.StudentService;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.Confirm;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.SearchField;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** The administrator's list of learners: search, kind and cohort filters, create (with a login), edit, (de)activate. */
@Route("admin/students")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 12, icon = "vaadin:group", title = "nav.students")
class StudentsView extends VerticalLayout implements HasDynamicTitle {

    private final StudentService students;
    /** Programmes by id, the active ones up front and any other one once a row or form refers to it. */
    private final Map<Long, Optional<ProgrammeOption>> programmes = new HashMap<>();
    private final SearchField search = new SearchField("student.search", this::refresh);
    private final ComboBox<LearnerKind> kind = new ComboBox<>();
    private final ComboBox<String> cohort = new ComboBox<>();
    private final Checkbox showInactive = new Checkbox();
    private final Grid<StudentRow> grid = new Grid<>();
    private final EmptyState empty = new EmptyState(getTranslation("student.empty"));

    StudentsView(StudentService students) {
        this.students = students;
        students.programmeChoices(getLocale()).forEach(p -> programmes.put(p.id(), Optional.of(p)));
        addClassName("students-view");
        setSizeFull();
        Button create = new Button(getTranslation("action.create"), VaadinIcon.PLUS.create(),
                e -> open(new StudentForm()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        kind.setLabel(getTranslation("student.kind"));
        kind.setItems(LearnerKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("student.kind." + k));
        cohort.setLabel(getTranslation("student.cohort"));
        cohort.setItems(students.cohorts());
        for (ComboBox<?> box : List.of(kind, cohort)) {
            box.setPlaceholder(getTranslation("directory.filter.all"));
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> refresh());
        }
        showInactive.setLabel(getTranslation("common.showInactive"));
        showInactive.addValueChangeListener(e -> refresh());
        Div filters = new Div(search, kind, cohort, showInactive);
        filters.addClassName("filter-bar");
        configureGrid();
        add(new ViewHeader(getTranslation("student.title"), create), filters, grid, empty);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(StudentRow::fullName).setKey("name").setHeader(getTranslation("person.name"))
                .setSortProperty("lastName", "firstName", "middleName").setFlexGrow(3).setWidth("16rem");
        var learnerKind = grid.addColumn(row -> getTranslation("student.kind." + row.learnerKind())).setKey("kind")
                .setHeader(getTranslation("student.kind")).setSortProperty("learnerKind").setFlexGrow(1);
        var programme = grid.addColumn(row -> programme(row.programmeId()).map(ProgrammeOption::code).orElse(""))
                .setKey("programme").setHeader(getTranslation("student.programme"))
                .setTooltipGenerator(row -> programme(row.programmeId()).map(ProgrammeOption::name).orElse(""))
                .setFlexGrow(1);
        grid.addColumn(row -> row.cohort() == null ? "" : row.cohort()).setKey("cohort")
                .setHeader(getTranslation("student.cohort")).setSortProperty("cohort").setAutoWidth(true)
                .setFlexGrow(0);
        var startYear = grid.addColumn(StudentRow::startYear).setKey("startYear")
                .setHeader(getTranslation("student.startYear")).setSortProperty("startYear").setAutoWidth(true)
                .setFlexGrow(0);
        var email = grid.addColumn(row -> row.email() == null ? "" : row.email()).setKey("email")
                .setHeader(getTranslation("person.email")).setSortProperty("email").setFlexGrow(2);
        var login = grid.addColumn(row -> row.login() == null ? "" : row.login()).setKey("login")
                .setHeader(getTranslation("person.login")).setAutoWidth(true).setFlexGrow(0);
        var status = grid.addComponentColumn(row -> RowActions.inactiveMarker(row.active(),
                getTranslation("common.inactive"))).setKey("status").setHeader(getTranslation("directory.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("directory.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> students.list(filter(), toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("student.title"));
        grid.setSizeFull();
        grid.addItemDoubleClickListener(e -> open(students.edit(e.getItem().id())));
        NarrowScreens.hideOnPhones(grid, learnerKind, programme, startYear, email, login, status);
    }

    private RowActions actions(StudentRow row) {
        RowActions actions = new RowActions()
                .add(VaadinIcon.EDIT, getTranslation("action.edit"), () -> open(students.edit(row.id())));
        if (row.active()) {
            actions.add(VaadinIcon.BAN, getTranslation("action.deactivate"), () -> Confirm.ask(
                    getTranslation("student.deactivate.title", row.fullName()),
                    getTranslation("student.deactivate.text"), getTranslation("directory.deactivate.confirm"),
                    () -> RowActions.attempt(() -> students.deactivate(row.id(), row.version()),
                            getTranslation("directory.deactivated", row.fullName()), this::refresh)));
        } else {
            actions.add(VaadinIcon.ROTATE_LEFT, getTranslation("action.activate"),
                    () -> RowActions.attempt(() -> students.activate(row.id(), row.version()),
                            getTranslation("directory.activated", row.fullName()), this::refresh));
        }
        return actions;
    }

    private Optional<ProgrammeOption> programme(@Nullable Long id) {
        return id == null ? Optional.empty()
                : programmes.computeIfAbsent(id, key -> students.programme(key, getLocale()));
    }

    private StudentService.Filter filter() {
        return new StudentService.Filter(search.getValue(), kind.getValue(), cohort.getValue(),
                showInactive.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        boolean any = students.list(filter(), PageRequest.of(0, 1)).hasContent();
        grid.setVisible(any);
        empty.setVisible(!any);
    }

    private void open(StudentForm form) {
        Binder<StudentForm> binder = new Binder<>();
        PersonFields<StudentForm> person = new PersonFields<>(binder, form);
        ComboBox<LearnerKind> learnerKind = new ComboBox<>(getTranslation("student.kind"), LearnerKind.values());
        learnerKind.setItemLabelGenerator(k -> getTranslation("student.kind." + k));
        List<ProgrammeOption> choices = new ArrayList<>(students.programmeChoices(getLocale()));
        programme(form.getProgrammeId()).filter(p -> !choices.contains(p)).ifPresent(choices::add);
        ComboBox<ProgrammeOption> programme = new ComboBox<>(getTranslation("student.programme"));
        programme.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        programme.setHelperText(getTranslation("student.programme.help"));
        programme.setClearButtonVisible(true);
        learnerKind.addValueChangeListener(e -> {
            programme.setItems(choices.stream().filter(p -> p.learnerKind() == e.getValue()).toList());
            programme.setValue(e.getOldValue() == null && e.getValue() != null
                    ? find(choices, form.getProgrammeId()) : null);
        });
        TextField cohortField = new TextField(getTranslation("student.cohort"));
        cohortField.setMaxLength(Student.COHORT_MAX);
        IntegerField startYear = new IntegerField(getTranslation("student.startYear"));
        String yearRange = getTranslation("error.startYear", Student.FIRST_YEAR, Student.LAST_YEAR);
        startYear.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(yearRange)
                .setMinErrorMessage(yearRange).setMaxErrorMessage(yearRange));
        startYear.setMin(Student.FIRST_YEAR);
        startYear.setMax(Student.LAST_YEAR);
        startYear.setStepButtonsVisible(true);

        binder.forField(learnerKind).asRequired(getTranslation("error.required", "student.kind"))
                .bind(StudentForm::getLearnerKind, StudentForm::setLearnerKind);
        binder.forField(programme).bind(f -> find(choices, f.getProgrammeId()),
                (f, p) -> f.setProgrammeId(p == null ? null : p.id()));
        binder.forField(cohortField).bind(f -> f.getCohort() == null ? "" : f.getCohort(), StudentForm::setCohort);
        binder.forField(startYear).asRequired(getTranslation("error.required", "student.startYear"))
                .withValidator(new IntegerRangeValidator(yearRange, Student.FIRST_YEAR, Student.LAST_YEAR))
                .bind(StudentForm::getStartYear, StudentForm::setStartYear);
        binder.readBean(form);

        Refusals refusals = person.routeTo(new Refusals()).on(learnerKind, "student.kind")
                .on(programme, "error.student.programmeKind").on(cohortField, "student.cohort")
                .on(startYear, "student.startYear");
        String title = form.isNew() ? getTranslation("student.new")
                : getTranslation("student.edit", form.getLastName() + " " + form.getFirstName());
        FormDialog dialog = new FormDialog(title, () -> {
            if (!binder.writeBeanIfValid(form)) {
                return false;
            }
            try {
                students.save(form);
            } catch (RuntimeException e) {
                return refusals.show(e);
            }
            Notifications.success(getTranslation("directory.saved", form.getLastName() + " " + form.getFirstName()));
            cohort.setItems(students.cohorts());
            refresh();
            return true;
        });
        person.addNamesTo(dialog);
        dialog.addFields(learnerKind, programme, cohortField, startYear).wide(programme);
        person.addLoginTo(dialog);
        refusals.showIn(dialog);
        dialog.open();
        person.lastName.focus();
    }

    private static @Nullable ProgrammeOption find(List<ProgrammeOption> choices, @Nullable Long id) {
        return choices.stream().filter(p -> Objects.equals(p.id(), id)).findFirst().orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("student.title");
    }
}
