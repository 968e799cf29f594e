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
import java.util.List;
import org.cathedra.catalog.Programme;
import org.cathedra.catalog.ProgrammeService;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.SearchField;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** The administrators' list of programmes: find, create, edit, deactivate and reactivate. */
@Route("admin/programmes")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 20, icon = "vaadin:diploma-scroll", title = "nav.programmes")
class ProgrammesView extends VerticalLayout implements HasDynamicTitle {

    private final ProgrammeService programmes;
    final SearchField search = new SearchField("programmes.search", this::refresh);
    final ComboBox<Programme.Kind> kind = new ComboBox<>();
    final Checkbox showInactive = new Checkbox();
    final Grid<Programme> grid = ListParts.grid("programmes-grid");
    final EmptyState empty;

    ProgrammesView(ProgrammeService programmes) {
        this.programmes = programmes;
        addClassName("programmes-view");
        setSizeFull();
        Button create = new Button(getTranslation("action.create"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        kind.setLabel(getTranslation("programme.kind"));
        kind.setItems(Programme.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("programme.kind." + k.name()));
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> refresh());
        showInactive.setLabel(getTranslation("common.showInactive"));
        showInactive.addValueChangeListener(e -> refresh());

        boolean russian = "ru".equals(getLocale().getLanguage());
        grid.addColumn(Programme::getCode).setHeader(getTranslation("programme.code")).setKey("code")
                .setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.name(getLocale())).setHeader(getTranslation("programmes.name")).setKey("name")
                .setSortProperty(russian ? "nameRu" : "nameEn").setFlexGrow(2).setWidth("16rem");
        grid.addColumn(p -> getTranslation("programme.kind." + p.getKind().name()))
                .setHeader(getTranslation("programme.kind")).setKey("kind").setSortProperty("kind")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation("programmes.months", p.getDurationMonths()))
                .setHeader(getTranslation("programme.durationMonths")).setKey("duration")
                .setSortProperty("durationMonths").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Loads.both(p.getLoad())).setHeader(getTranslation("programme.load")).setKey("load")
                .setSortProperty("academicHours").setAutoWidth(true).setFlexGrow(0);
        ListParts.statusColumn(grid, Programme::isActive);
        ListParts.actionsColumn(grid, this::actions);
        ListParts.pageThrough(grid, pageable -> programmes.list(filter(), pageable));

        empty = new EmptyState(getTranslation("common.nothingFound"),
                new Button(getTranslation("action.clear"), e -> clearFilters()));
        add(new ViewHeader(getTranslation("programmes.title"), create),
                ListParts.filterBar(search, kind, showInactive), grid, empty);
        setFlexGrow(1, grid);
        refresh();
    }

    private ProgrammeService.Filter filter() {
        return new ProgrammeService.Filter(search.getValue(), kind.getValue(), showInactive.getValue());
    }

    private void refresh() {
        ListParts.showRows(grid, empty, programmes.list(filter(), PageRequest.of(0, 1)).isEmpty());
    }

    private void clearFilters() {
        search.clear();
        kind.clear();
        showInactive.clear();
    }

    private List<Button> actions(Programme programme) {
        return ListParts.editAndActivation(() -> edit(programme), programme.isActive(),
                getTranslation("programmes.deactivate.header", programme.getCode()),
                getTranslation("programmes.deactivate.text", programme.name(getLocale())),
                () -> programmes.deactivate(programme.getId(), programme.getVersion()),
                () -> programmes.activate(programme.getId(), programme.getVersion()), this::refresh);
    }

    private void edit(@Nullable Programme programme) {
        new ProgrammeEditor(programme, draft -> {
            if (programme == null) {
                programmes.create(draft);
            } else {
                programmes.update(programme.getId(), programme.getVersion(), draft);
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
        return getTranslation("programmes.title");
    }
}
