package org.cathedra.catalog.ui;

import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.catalog.CourseService;
import org.cathedra.catalog.OfferingService;
import org.cathedra.catalog.Term;
import org.cathedra.catalog.TermService;
import org.cathedra.directory.Department;
import org.cathedra.directory.Person;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.SearchField;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** The administrators' list of course offerings: find by term, department or text; create, edit, deactivate. */
@Route("admin/offerings")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 23, icon = "vaadin:group", title = "nav.offerings")
class OfferingsView extends VerticalLayout implements HasDynamicTitle {

    private final OfferingService offerings;
    private final CourseService courses;
    private final TermService terms;
    final ComboBox<Term> term = new ComboBox<>();
    final ComboBox<Department> department = new ComboBox<>();
    final SearchField search = new SearchField("offerings.search", this::refresh);
    final Checkbox showInactive = new Checkbox();
    final Grid<CourseOffering> grid = ListParts.grid("offerings-grid");
    final EmptyState empty;

    OfferingsView(OfferingService offerings, CourseService courses, TermService terms) {
        this.offerings = offerings;
        this.courses = courses;
        this.terms = terms;
        addClassName("offerings-view");
        setSizeFull();
        Button create = new Button(getTranslation("action.create"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        term.setLabel(getTranslation("offering.term"));
        term.setItems(query -> terms.list(null, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        term.setItemLabelGenerator(OfferingsView::termLabel);
        term.setClearButtonVisible(true);
        term.addValueChangeListener(e -> refresh());
        department.setLabel(getTranslation("course.department"));
        department.setItems(courses.departments());
        department.setItemLabelGenerator(d -> d.getCode() + " — " + d.name(getLocale()));
        department.setClearButtonVisible(true);
        department.addValueChangeListener(e -> refresh());
        showInactive.setLabel(getTranslation("common.showInactive"));
        showInactive.addValueChangeListener(e -> refresh());

        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        grid.addColumn(o -> o.getCourse().getCode()).setHeader(getTranslation("course.code")).setKey("code")
                .setSortProperty("course.code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> o.getCourse().name(getLocale())).setHeader(getTranslation("courses.name"))
                .setKey("name").setFlexGrow(2)
                .setSortProperty("ru".equals(getLocale().getLanguage()) ? "course.nameRu" : "course.nameEn").setWidth("16rem");
        grid.addColumn(o -> termLabel(o.getTerm())).setHeader(getTranslation("offering.term")).setKey("term")
                .setSortProperty("term.academicYear", "term.startsOn").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(CourseOffering::getSection).setHeader(getTranslation("offering.section")).setKey("section")
                .setSortProperty("section").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> numbers.format(o.getCapacity())).setHeader(getTranslation("offering.capacity"))
                .setKey("capacity").setSortProperty("capacity").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> o.getTeachers().stream().map(Person::getFullName).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("offering.teachers")).setKey("teachers")
                .setFlexGrow(2).setWidth("16rem");
        ListParts.statusColumn(grid, CourseOffering::isActive);
        ListParts.actionsColumn(grid, this::actions);
        ListParts.pageThrough(grid, pageable -> offerings.list(filter(), pageable));

        empty = new EmptyState(getTranslation("common.nothingFound"),
                new Button(getTranslation("action.clear"), e -> clearFilters()));
        add(new ViewHeader(getTranslation("offerings.title"), create),
                ListParts.filterBar(term, department, search, showInactive), grid, empty);
        setFlexGrow(1, grid);
        refresh();
    }

    /** "2026/2027, Autumn". */
    static String termLabel(Term term) {
        return UI.getCurrent().getTranslation("term.label", term.getAcademicYearLabel(),
                "term.part." + term.getPart().name());
    }

    private OfferingService.Filter filter() {
        Term t = term.getValue();
        Department d = department.getValue();
        return new OfferingService.Filter(t == null ? null : t.getId(), d == null ? null : d.getId(),
                search.getValue(), showInactive.getValue());
    }

    private void refresh() {
        ListParts.showRows(grid, empty, offerings.list(filter(), PageRequest.of(0, 1)).isEmpty());
    }

    private void clearFilters() {
        term.clear();
        department.clear();
        search.clear();
        showInactive.clear();
    }

    private List<Button> actions(CourseOffering offering) {
        return ListParts.editAndActivation(() -> edit(offering), offering.isActive(),
                getTranslation("offerings.deactivate.header", offering.getCourse().getCode(),
                        offering.getSection(), termLabel(offering.getTerm())),
                getTranslation("offerings.deactivate.text"),
                () -> offerings.deactivate(offering.getId(), offering.getVersion()),
                () -> offerings.activate(offering.getId(), offering.getVersion()), this::refresh);
    }

    private void edit(@Nullable CourseOffering offering) {
        new OfferingEditor(offering, courses, terms, offerings, getLocale(), draft -> {
            if (offering == null) {
                offerings.create(draft);
            } else {
                offerings.update(offering.getId(), offering.getVersion(), draft);
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
        return getTranslation("offerings.title");
    }
}
