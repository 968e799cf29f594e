package org.cathedra.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import org.cathedra.grading.GradeScaleService;
import org.cathedra.grading.Scale;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;

/**
 * The office's list of grade scales: their names and, for the 100-point scale, the points from which a mark counts
 * as 5, 4 and 3. The page says what a change of bands does to grades already locked and to the rest.
 */
@Route("admin/grade-scales")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 24, icon = "vaadin:scale", title = "nav.gradeScales")
class GradeScalesView extends VerticalLayout implements HasDynamicTitle {

    private final GradeScaleService scales;
    final Grid<GradeScaleService.Row> grid = new Grid<>();

    GradeScalesView(GradeScaleService scales) {
        this.scales = scales;
        addClassName("grade-scales-view");
        setSizeFull();
        grid.addClassName("grade-scales-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(this::name).setHeader(getTranslation("grading.scales.name")).setKey("name").setFlexGrow(2);
        grid.addColumn(r -> getTranslation("grading.scales.kind." + r.kind().name()))
                .setHeader(getTranslation("grading.scales.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(this::conversion).setHeader(getTranslation("grading.scales.conversion")).setKey("conversion")
                .setFlexGrow(3);
        grid.addComponentColumn(r -> {
            Button edit = new Button(getTranslation("action.edit"), e -> edit(r));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("action.edit") + ": " + name(r));
            return edit;
        }).setHeader(getTranslation("common.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);

        Paragraph locked = new Paragraph(getTranslation("grading.scales.lockedNote"));
        locked.addClassName("grade-scales-note");
        Paragraph open = new Paragraph(getTranslation("grading.scales.openNote"));
        open.addClassName("grade-scales-note");
        add(new ViewHeader(getTranslation("grading.scales.title"), getTranslation("grading.scales.subtitle")), grid,
                locked, open);
        refresh();
    }

    private void refresh() {
        grid.setItems(scales.list());
    }

    private String name(GradeScaleService.Row row) {
        return "ru".equals(getLocale().getLanguage()) ? row.nameRu() : row.nameEn();
    }

    /** "5 from 85, 4 from 70, 3 from 50, 2 below 50" for a 100-point scale; what the marks are worth otherwise. */
    private String conversion(GradeScaleService.Row row) {
        if (row.kind() != Scale.Kind.HUNDRED_POINT) {
            return getTranslation("grading.scales.conversion." + row.kind().name());
        }
        return getTranslation("grading.scales.bands", text(row.excellent()), text(row.good()),
                text(row.satisfactory()));
    }

    private static String text(@Nullable BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }

    private void edit(GradeScaleService.Row row) {
        new GradeScaleEditor(row, edit -> {
            scales.update(row.id(), row.version(), edit);
            Notifications.success(getTranslation("common.saved"));
            refresh();
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grading.scales.title");
    }
}
