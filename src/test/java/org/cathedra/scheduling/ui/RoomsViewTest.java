package org.cathedra.scheduling.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import java.util.Set;
import org.cathedra.scheduling.Room;
import org.cathedra.scheduling.RoomFeature;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;

class RoomsViewTest extends UiTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.cathedra.scheduling.RoomService rooms;

    private RoomsView open() {
        signIn("admin");
        UI.getCurrent().navigate("admin/rooms");
        return _get(RoomsView.class);
    }

    @Test
    void the_office_sees_the_rooms_with_seats_and_features_in_its_language() {
        RoomsView view = open();
        assertThat(_get(H1.class).getText()).isEqualTo("Rooms");
        _setValue(view.search, "L-301");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).startsWith("L-301", "Цитогенетическая лаборатория", "12",
                "Cytogenetics lab, Microscopy");
    }

    @Test
    void a_new_room_is_registered_and_a_taken_code_is_refused_in_the_field() {
        RoomsView view = open();
        String code = "T-" + System.nanoTime() % 100000;
        _click(_get(Button.class, spec -> spec.withText("New room")));
        FormDialog dialog = _get(FormDialog.class);
        var editor = _get(dialog, com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Code"));
        _setValue(editor, code);
        _setValue(_get(dialog, com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Name")),
                "Genetic counselling room");
        _setValue(_get(dialog, com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withLabel("Seats")), 6);
        @SuppressWarnings("unchecked")
        var features = (com.vaadin.flow.component.checkbox.CheckboxGroup<RoomFeature>) _get(dialog,
                com.vaadin.flow.component.checkbox.CheckboxGroup.class);
        _setValue(features, Set.of(RoomFeature.SEMINAR_ROOM, RoomFeature.ONLINE));
        _click(dialog.saveButton());
        assertThat(_find(FormDialog.class)).isEmpty();
        _setValue(view.search, code);
        Room saved = GridKt._get(view.grid, 0);
        assertThat(saved.getFeatures()).containsExactlyInAnyOrder(RoomFeature.SEMINAR_ROOM, RoomFeature.ONLINE);

        _click(_get(Button.class, spec -> spec.withText("New room")));
        FormDialog again = _get(FormDialog.class);
        var codeField = _get(again, com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withLabel("Code"));
        _setValue(codeField, code.toLowerCase());
        _setValue(_get(again, com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Name")),
                "Twin");
        _setValue(_get(again, com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withLabel("Seats")), 6);
        _click(again.saveButton());
        assertThat(codeField.isInvalid()).isTrue();
        assertThat(codeField.getErrorMessage()).isEqualTo("There is already a room " + code.toLowerCase() + ".");
        _click(again.cancelButton());
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
    }

    @Test
    void a_room_is_deactivated_after_confirmation_and_stays_in_the_register() {
        RoomsView view = open();
        _setValue(view.search, "SIM-1");
        _click(_get(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class,
                spec -> spec.withText("Deactivate")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Deactivate this room?");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(GridKt._size(view.grid)).isZero();
        _setValue(view.inactive, true);
        assertThat(rooms.active()).extracting(Room::getCode).doesNotContain("SIM-1");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("SIM-1");
        Room listed = rooms.list("SIM-1", true, org.springframework.data.domain.PageRequest.of(0, 1)).getContent()
                .getFirst();
        assertThat(listed.isActive()).isFalse();
        rooms.activate(listed.getId(), listed.getVersion());
        assertThat(rooms.active()).extracting(Room::getCode).contains("SIM-1");
    }
}
