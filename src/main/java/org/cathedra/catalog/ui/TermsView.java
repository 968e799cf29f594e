package org.cathedra.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.cathedra.catalog.Term;
import org.cathedra.catalog.TermService;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** The administrators' list of terms: create and correct; terms are never deactivated. */
@Route("admin/terms")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 22, icon = "vaadin:calendar", title = "nav.terms")
class TermsView extends VerticalLayout implements HasDynamicTitle {

    private final TermService terms;
    final ComboBox<Integer> academicYear = TermEditor.years("term.academicYear");
    final Grid<Term> grid = ListParts.grid("terms-grid");
    final EmptyState empty;

    TermsView(TermService terms) {
        this.terms = terms;
        addClassName("terms-view");
        setSizeFull();
        Button create = new Button(getTranslation("action.create"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        academicYear.setClearButtonVisible(true);
        academicYear.addValueChangeListener(e -> refresh());

        grid.addColumn(Term::getAcademicYearLabel).setHeader(getTranslation("term.academicYear"))
                .setKey("academicYear").setSortProperty("academicYear").setAutoWidth(true);
        grid.addColumn(t -> getTranslation("term.part." + t.getPart().name())).setHeader(getTranslation("term.part"))
                .setKey("part").setSortProperty("part").setAutoWidth(true);
        grid.addColumn(t -> Dates.format(t.getStartsOn(), getLocale())).setHeader(getTranslation("term.startsOn"))
                .setKey("startsOn").setSortProperty("startsOn").setAutoWidth(true);
        grid.addColumn(t -> Dates.format(t.getEndsOn(), getLocale())).setHeader(getTranslation("term.endsOn"))
                .setKey("endsOn").setSortProperty("endsOn").setAutoWidth(true);
        ListParts.actionsColumn(grid, term -> List.of(ListParts.action("action.edit", () -> edit(term))));
        ListParts.pageThrough(grid, pageable -> terms.list(academicYear.getValue(), pageable));

        empty = new EmptyState(getTranslation("common.nothingFound"),
                new Button(getTranslation("action.clear"), e -> academicYear.clear()));
        add(new ViewHeader(getTranslation("terms.title"), create), ListParts.filterBar(academicYear), grid, empty);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        ListParts.showRows(grid, empty, terms.list(academicYear.getValue(), PageRequest.of(0, 1)).isEmpty());
    }

    private void edit(@Nullable Term term) {
        new TermEditor(term, terms.currentAcademicYear(), draft -> {
            if (term == null) {
                terms.create(draft);
            } else {
                terms.update(term.getId(), term.getVersion(), draft);
            }
            Notifications.success(getTranslation("common.saved"));
            refresh();
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("terms.title");
    }
}
