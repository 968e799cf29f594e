package org.cathedra.scheduling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.cathedra.scheduling.Room;
import org.cathedra.scheduling.RoomFeature;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/** The dialog that registers or corrects a room. */
final class RoomEditor {

    final FormDialog dialog;
    final TextField code = new TextField();
    final TextField name = new TextField();
    final IntegerField capacity = new IntegerField();
    final CheckboxGroup<RoomFeature> features = new CheckboxGroup<>();
    private final Consumer<Draft> save;

    RoomEditor(@Nullable Room room, Consumer<Draft> save) {
        this.save = save;
        dialog = new FormDialog(t(room == null ? "rooms.new" : "rooms.edit"), this::save);
        code.setLabel(t("room.code"));
        code.setMaxLength(Room.CODE_MAX);
        code.setRequiredIndicatorVisible(true);
        name.setLabel(t("room.name"));
        name.setMaxLength(Room.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        capacity.setLabel(t("room.capacity"));
        capacity.setMin(1);
        capacity.setMax(Room.MAX_CAPACITY);
        capacity.setStepButtonsVisible(true);
        capacity.setRequiredIndicatorVisible(true);
        features.setLabel(t("room.features"));
        features.setItems(RoomFeature.values());
        features.setItemLabelGenerator(f -> t("room.feature." + f.name()));
        if (room != null) {
            code.setValue(room.getCode());
            name.setValue(room.getName());
            capacity.setValue(room.getCapacity());
            features.setValue(room.getFeatures());
        }
        dialog.addFields(code, name, capacity, features).wide(features);
    }

    void open() {
        dialog.open();
        code.focus();
    }

    private boolean save() {
        code.setInvalid(false);
        capacity.setInvalid(false);
        Integer seats = capacity.getValue();
        if (seats == null) {
            capacity.setErrorMessage(t("error.required", t("room.capacity")));
            capacity.setInvalid(true);
            return false;
        }
        try {
            Set<RoomFeature> chosen = features.getValue().isEmpty() ? EnumSet.noneOf(RoomFeature.class)
                    : EnumSet.copyOf(features.getValue());
            save.accept(new Draft(code.getValue(), name.getValue(), seats, chosen));
            return true;
        } catch (DomainException e) {
            String text = Notifications.message(e);
            var field = e.messageKey().startsWith("error.room.capacity") ? capacity
                    : e.messageKey().equals("error.required") && "room.name".equals(e.arguments()[0]) ? name : code;
            field.setErrorMessage(text);
            field.setInvalid(true);
            return false;
        } catch (RuntimeException e) {
            Notifications.error(e);
            return false;
        }
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /** What the dialog sends. */
    record Draft(String code, String name, int capacity, Set<RoomFeature> features) {
    }
}
