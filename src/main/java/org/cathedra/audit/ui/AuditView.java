package org.cathedra.audit.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Stream;
import org.cathedra.audit.AuditEntry;
import org.cathedra.audit.AuditService;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** The audit record for the academic office: who changed which record, when, what it was before and after. */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 90, icon = "vaadin:records", title = "nav.audit")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final DateTimeFormatter timeFormat;
    private final ComboBox<String> entityType = new ComboBox<>();
    private final TextField entityId = new TextField();
    private final TextField actor = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final EmptyState empty = new EmptyState(getTranslation("audit.empty"));

    AuditView(AuditService audit, InstituteSettings settings) {
        this.audit = audit;
        this.timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(settings.zone());
        addClassName("audit-view");
        setSizeFull();
        entityType.setLabel(getTranslation("audit.entityType"));
        entityType.setItems(audit.entityTypes());
        entityType.setItemLabelGenerator(this::typeName);
        entityType.setClearButtonVisible(true);
        entityType.addValueChangeListener(e -> refresh());
        text(entityId, "audit.entityId");
        text(actor, "audit.actor");
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        Div filters = new Div(entityType, entityId, actor, from, to);
        filters.addClassName("filter-bar");
        configureGrid();
        add(new ViewHeader(getTranslation("audit.title"), getTranslation("audit.subtitle")), filters, grid, empty);
        refresh();
    }

    private void text(TextField field, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        field.setClearButtonVisible(true);
        field.setMaxLength(64);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.addColumn(e -> timeFormat.format(e.at())).setKey("at").setHeader(getTranslation("audit.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.actor() == null ? getTranslation("audit.system") : e.actor()).setKey("actor")
                .setHeader(getTranslation("audit.actor")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> typeName(e.entityType()) + " " + e.entityId()).setKey("entity")
                .setHeader(getTranslation("audit.entity")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> named("audit.action.", e.action())).setKey("action").setHeader(getTranslation("audit.action"))
                .setAutoWidth(true).setFlexGrow(0);
        // the values wrap: wide enough that a changed record's fields take a few lines, not a column of words
        grid.addColumn(e -> orDash(e.before())).setKey("before").setHeader(getTranslation("audit.before"))
                .setWidth("18em").setFlexGrow(2);
        grid.addColumn(e -> orDash(e.after())).setKey("after").setHeader(getTranslation("audit.after"))
                .setWidth("18em").setFlexGrow(2);
        grid.addColumn(e -> orDash(e.reason())).setKey("reason").setHeader(getTranslation("audit.reason"))
                .setWidth("12em").setFlexGrow(1);
        grid.setItems(query -> rows(toSpringPageRequest(query)));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setSizeFull();
    }

    private Stream<AuditEntry> rows(Pageable page) {
        try {
            return audit.search(filter(), page).stream();
        } catch (DomainException e) {
            return Stream.empty();
        }
    }

    private String typeName(String type) {
        return named("audit.type.", type);
    }

    private String named(String prefix, String code) {
        String name = getTranslation(prefix + code);
        // a module may audit a kind of record or action this bundle does not name yet: show its code then
        return name.startsWith("!") ? code : name;
    }

    private static String orDash(@Nullable String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private AuditService.Filter filter() {
        return new AuditService.Filter(entityType.getValue(), entityId.getValue(), actor.getValue(),
                from.getValue(), to.getValue());
    }

    private void refresh() {
        boolean any;
        try {
            any = audit.search(filter(), PageRequest.of(0, 1)).hasContent();
        } catch (DomainException e) {
            Notifications.error(e);
            any = false;
        }
        grid.getDataProvider().refreshAll();
        grid.setVisible(any);
        empty.setVisible(!any);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
