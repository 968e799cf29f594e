package org.cathedra.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.cathedra.scheduling.Room;
import org.cathedra.scheduling.RoomService;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.Confirm;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.Rows;
import org.cathedra.shared.ui.SearchField;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** The office's register of rooms: seats and features; rooms are deactivated, never deleted. */
@Route("admin/rooms")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 26, icon = "vaadin:office", title = "nav.rooms")
class RoomsView extends VerticalLayout implements HasDynamicTitle {

    private final RoomService rooms;
    final SearchField search = new SearchField("action.search", this::refresh);
    final Checkbox inactive = new Checkbox();
    final Grid<Room> grid = new Grid<>();
    final EmptyState empty;

    RoomsView(RoomService rooms) {
        this.rooms = rooms;
        addClassName("rooms-view");
        setSizeFull();
        Button create = new Button(getTranslation("rooms.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        inactive.setLabel(getTranslation("rooms.showInactive"));
        inactive.addValueChangeListener(e -> refresh());

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Room::getCode).setHeader(getTranslation("room.code")).setKey("code").setSortProperty("code")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Room::getName).setHeader(getTranslation("room.name")).setKey("name").setSortProperty("name");
        grid.addColumn(Room::getCapacity).setHeader(getTranslation("room.capacity")).setKey("capacity")
                .setSortProperty("capacity").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.getFeatures().stream().map(f -> getTranslation("room.feature." + f.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("room.features")).setKey("features");
        grid.addComponentColumn(r -> r.isActive() ? new Span() : badge()).setHeader(getTranslation("common.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems((CallbackDataProvider.FetchCallback<Room, Void>) query -> rooms.list(search.getValue(),
                inactive.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream())
                .setIdentifierProvider(r -> r.getId() + "@" + r.getVersion());

        empty = new EmptyState(getTranslation("common.nothingFound"));
        Div filters = new Div(search, inactive);
        filters.addClassName("filter-bar");
        add(new ViewHeader(getTranslation("rooms.title"), create), filters, grid, empty);
        setFlexGrow(1, grid);
        refresh();
    }

    private Span badge() {
        Span marker = new Span(getTranslation("common.inactive"));
        marker.addClassName("badge-inactive");
        return marker;
    }

    private HorizontalLayout actions(Room room) {
        HorizontalLayout buttons = new HorizontalLayout(small("action.edit", () -> edit(room)));
        buttons.setSpacing(false);
        if (room.isActive()) {
            buttons.add(small("action.deactivate", () -> Confirm.ask(getTranslation("rooms.deactivate.header"),
                    getTranslation("rooms.deactivate.text", room.getCode()), getTranslation("action.deactivate"),
                    () -> change(() -> rooms.deactivate(room.getId(), room.getVersion())))));
        } else {
            buttons.add(small("action.activate", () -> change(() -> rooms.activate(room.getId(), room.getVersion()))));
        }
        return buttons;
    }

    private Button small(String key, Runnable action) {
        return Rows.action(getTranslation(key), action);
    }

    private void change(Runnable action) {
        Rows.attempt(action, this::refresh);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        boolean none = rooms.list(search.getValue(), inactive.getValue(), PageRequest.of(0, 1)).isEmpty();
        grid.setVisible(!none);
        empty.setVisible(none);
    }

    private void edit(@Nullable Room room) {
        new RoomEditor(room, draft -> {
            if (room == null) {
                rooms.create(draft.code(), draft.name(), draft.capacity(), draft.features());
            } else {
                rooms.update(room.getId(), room.getVersion(), draft.code(), draft.name(), draft.capacity(),
                        draft.features());
            }
            Notifications.success(getTranslation("common.saved"));
            refresh();
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rooms.title");
    }
}
