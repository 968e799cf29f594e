package org.cathedra.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cathedra.catalog.Course;
import org.cathedra.catalog.CourseService;
import org.cathedra.directory.Department;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.SearchField;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** The administrators' list of courses (disciplines): find, create, edit, deactivate and reactivate. */
@Route("admin/courses")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 21, icon = "vaadin:book", title = "nav.courses")
class CoursesView extends VerticalLayout implements HasDynamicTitle {

    private final CourseService courses;
    private final List<Department> departments;
    final SearchField search = new SearchField("courses.search", this::refresh);
    final ComboBox<Department> department = new ComboBox<>();
    final ComboBox<Course.AssessmentForm> assessmentForm = new ComboBox<>();
    final Checkbox showInactive = new Checkbox();
    final Grid<Course> grid = ListParts.grid("courses-grid");
    final EmptyState empty;
    // the prerequisite codes of the rows fetched, filled with each page
    private final Map<Long, List<String>> prerequisiteCodes = new HashMap<>();

    CoursesView(CourseService courses) {
        this.courses = courses;
        this.departments = courses.departments();
        addClassName("courses-view");
        setSizeFull();
        Button create = new Button(getTranslation("action.create"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        department.setLabel(getTranslation("course.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.getCode() + " — " + d.name(getLocale()));
        department.setClearButtonVisible(true);
        department.addValueChangeListener(e -> refresh());
        assessmentForm.setLabel(getTranslation("course.assessmentForm"));
        assessmentForm.setItems(Course.AssessmentForm.values());
        assessmentForm.setItemLabelGenerator(f -> getTranslation("course.assessmentForm." + f.name()));
        assessmentForm.setClearButtonVisible(true);
        assessmentForm.addValueChangeListener(e -> refresh());
        showInactive.setLabel(getTranslation("common.showInactive"));
        showInactive.addValueChangeListener(e -> refresh());

        boolean russian = "ru".equals(getLocale().getLanguage());
        grid.addColumn(Course::getCode).setHeader(getTranslation("course.code")).setKey("code")
                .setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.name(getLocale())).setHeader(getTranslation("courses.name")).setKey("name")
                .setSortProperty(russian ? "nameRu" : "nameEn").setFlexGrow(2).setWidth("16rem");
        grid.addColumn(c -> c.getDepartment().getCode()).setHeader(getTranslation("course.department"))
                .setKey("department").setSortProperty("department.code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Loads.both(c.getLoad())).setHeader(getTranslation("course.load")).setKey("load")
                .setSortProperty("academicHours").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation("course.assessmentForm." + c.getAssessmentForm().name()))
                .setHeader(getTranslation("course.assessmentForm")).setKey("assessmentForm")
                .setSortProperty("assessmentForm").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation("course.component." + c.getComponent().name()))
                .setHeader(getTranslation("course.component")).setKey("component").setSortProperty("component")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> String.join(", ", prerequisiteCodes.getOrDefault(c.getId(), List.of())))
                .setHeader(getTranslation("course.prerequisites")).setKey("prerequisites").setWidth("9rem")
                .setFlexGrow(0);
        ListParts.statusColumn(grid, Course::isActive);
        ListParts.actionsColumn(grid, this::actions);
        ListParts.pageThrough(grid, pageable -> {
            Page<Course> page = courses.list(filter(), pageable);
            page.forEach(c -> prerequisiteCodes.remove(c.getId()));
            prerequisiteCodes.putAll(courses.prerequisiteCodes(page.stream().map(Course::getId).toList()));
            return page;
        });

        empty = new EmptyState(getTranslation("common.nothingFound"),
                new Button(getTranslation("action.clear"), e -> clearFilters()));
        add(new ViewHeader(getTranslation("courses.title"), create),
                ListParts.filterBar(search, department, assessmentForm, showInactive), grid, empty);
        setFlexGrow(1, grid);
        refresh();
    }

    private CourseService.Filter filter() {
        Department d = department.getValue();
        return new CourseService.Filter(search.getValue(), d == null ? null : d.getId(), assessmentForm.getValue(),
                showInactive.getValue());
    }

    private void refresh() {
        ListParts.showRows(grid, empty, courses.list(filter(), PageRequest.of(0, 1)).isEmpty());
    }

    private void clearFilters() {
        search.clear();
        department.clear();
        assessmentForm.clear();
        showInactive.clear();
    }

    private List<Button> actions(Course course) {
        return ListParts.editAndActivation(() -> edit(course), course.isActive(),
                getTranslation("courses.deactivate.header", course.getCode()),
                getTranslation("courses.deactivate.text", course.name(getLocale())),
                () -> courses.deactivate(course.getId(), course.getVersion()),
                () -> courses.activate(course.getId(), course.getVersion()), this::refresh);
    }

    private void edit(@Nullable Course course) {
        new CourseEditor(course, departments, courses.prerequisiteChoices(course == null ? null : course.getId()),
                course == null ? List.of() : courses.prerequisites(course.getId()), getLocale(), draft -> {
            if (course == null) {
                courses.create(draft);
            } else {
                courses.update(course.getId(), course.getVersion(), draft);
            }
            saved();
        }).open();
    }

    private void saved() {
        Notifications.success(getTranslation("common.saved"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("courses.title");
    }
}
