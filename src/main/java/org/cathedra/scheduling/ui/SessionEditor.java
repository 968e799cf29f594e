package org.cathedra.scheduling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cathedra.scheduling.Conflict;
import org.cathedra.scheduling.PeriodGrid;
import org.cathedra.scheduling.Room;
import org.cathedra.scheduling.RoomFeature;
import org.cathedra.scheduling.SessionDraft;
import org.cathedra.scheduling.SessionKind;
import org.cathedra.scheduling.SessionView;
import org.cathedra.scheduling.TimetableService;
import org.cathedra.scheduling.TimetableService.Choice;
import org.cathedra.scheduling.TimetableService.OfferingChoice;
import org.cathedra.scheduling.TimetableSession;
import org.cathedra.shared.ui.Confirm;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * Places or changes a session. Every change of a field asks the server for the conflicts, which are listed with
 * their explanation; a session with conflicts is saved only with the override box ticked and a reason given.
 */
final class SessionEditor {

    final FormDialog dialog;
    final ComboBox<OfferingChoice> offering = new ComboBox<>();
    final Select<SessionKind> kind = new Select<>();
    final DatePicker date = new DatePicker();
    final Select<Integer> startPeriod = new Select<>();
    final IntegerField hours = new IntegerField();
    final ComboBox<Room> room = new ComboBox<>();
    final Select<RoomFeature> feature = new Select<>();
    final MultiSelectComboBox<Choice> teachers = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> groups = new MultiSelectComboBox<>();
    final Checkbox enrolled = new Checkbox();
    final DatePicker weeklyUntil = new DatePicker();
    final Checkbox publish = new Checkbox();
    final Div conflicts = new Div();
    final Checkbox override = new Checkbox();
    final TextArea reason = new TextArea();
    final Button cancelSession = new Button();
    private final TimetableService timetable;
    private final @Nullable SessionView session;
    private final Runnable saved;
    private List<Conflict> found = List.of();

    SessionEditor(TimetableService timetable, List<Room> rooms, @Nullable SessionView session,
            @Nullable SessionDraft start, Runnable saved) {
        this.timetable = timetable;
        this.session = session;
        this.saved = saved;
        Locale locale = UI.getCurrent().getLocale();
        dialog = new FormDialog(t(session == null ? "session.new" : "session.edit"), this::save);
        dialog.setWidth("min(56rem, 100vw)");
        List<OfferingChoice> offerings = timetable.offerings(locale);
        List<Choice> staff = timetable.teachers();
        PeriodGrid periods = timetable.grid();

        offering.addClassName("session-offering");
        room.addClassName("session-room");
        publish.addClassName("session-publish");
        offering.setLabel(t("session.offering"));
        offering.setItems(offerings);
        offering.setItemLabelGenerator(OfferingChoice::label);
        offering.setRequired(true);
        offering.setReadOnly(session != null);
        kind.setLabel(t("session.kind"));
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(k -> t("session.kind." + k.name()));
        date.setLabel(t("session.date"));
        date.setLocale(locale);
        date.setRequired(true);
        startPeriod.setLabel(t("session.startPeriod"));
        startPeriod.setItems(periods.all());
        startPeriod.setItemLabelGenerator(p -> t("session.period", p, periods.start(p), periods.end(p)));
        hours.setLabel(t("session.hours"));
        hours.setMin(1);
        hours.setMax(periods.periods());
        hours.setStepButtonsVisible(true);
        room.setLabel(t("session.room"));
        room.setItems(rooms);
        room.setItemLabelGenerator(r -> r.label() + " (" + r.getCapacity() + ")");
        room.setRequired(true);
        feature.setLabel(t("session.requiredFeature"));
        feature.setItems(RoomFeature.values());
        feature.setEmptySelectionAllowed(true);
        feature.setItemLabelGenerator(f -> f == null ? "—" : t("room.feature." + f.name()));
        teachers.setLabel(t("session.teachers"));
        teachers.setItems(staff);
        teachers.setItemLabelGenerator(Choice::label);
        groups.setLabel(t("session.groups"));
        groups.setItems(timetable.cohorts());
        enrolled.setLabel(t("session.includeEnrolled"));
        weeklyUntil.setLabel(t("session.weeklyUntil"));
        weeklyUntil.setLocale(locale);
        weeklyUntil.setVisible(session == null);
        weeklyUntil.setClearButtonVisible(true);
        publish.setLabel(t("session.publish"));
        conflicts.addClassName("session-conflicts");
        conflicts.getElement().setAttribute("aria-live", "polite");
        override.setLabel(t("session.override"));
        reason.setLabel(t("session.overrideReason"));
        reason.setMaxLength(TimetableSession.REASON_MAX);
        override.addValueChangeListener(e -> reason.setVisible(e.getValue()));

        SessionDraft values = session != null ? session.toDraft() : start;
        if (values != null) {
            offering.setValue(offerings.stream().filter(o -> o.id() == values.offeringId()).findFirst().orElse(null));
            kind.setValue(values.kind());
            date.setValue(values.date());
            startPeriod.setValue(values.startPeriod() == null ? 1 : values.startPeriod());
            hours.setValue(Math.max(1, values.hours()));
            room.setValue(rooms.stream().filter(r -> r.getId() == values.roomId()).findFirst().orElse(null));
            feature.setValue(values.requiredFeature());
            teachers.setValue(staff.stream().filter(c -> values.teacherIds().contains(c.id()))
                    .collect(Collectors.toSet()));
            groups.setValue(values.cohorts());
            enrolled.setValue(values.includeEnrolled());
            publish.setValue(values.publish());
        } else {
            kind.setValue(SessionKind.LECTURE);
            startPeriod.setValue(1);
            hours.setValue(2);
            enrolled.setValue(true);
        }
        offering.addValueChangeListener(e -> {
            if (e.getValue() != null && teachers.isEmpty()) {
                teachers.setValue(staff.stream().filter(c -> e.getValue().teacherIds().contains(c.id()))
                        .collect(Collectors.toSet()));
            }
        });
        List<HasValue<?, ?>> watched = List.of(offering, kind, date, startPeriod, hours, room, feature, teachers,
                groups, enrolled, weeklyUntil);
        watched.forEach(field -> field.addValueChangeListener(e -> recheck()));

        dialog.addFields(offering, kind, date, startPeriod, hours, room, feature, teachers, groups, enrolled,
                weeklyUntil, publish);
        // the verdict stays at the top, in sight whatever field is being changed
        Div verdict = new Div(conflicts, override, reason);
        verdict.addClassName("session-verdict");
        reason.setWidthFull();
        dialog.addComponentAtIndex(0, verdict);
        List<Component> wide = List.of(offering, teachers, groups);
        wide.forEach(dialog::wide);
        if (session != null && !session.cancelled()) {
            cancelSession.setText(t("session.cancelSession"));
            cancelSession.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            cancelSession.addClickListener(e -> Confirm.ask(t("session.cancel.header"), t("session.cancel.text"),
                    t("session.cancelSession"), this::cancel));
            dialog.getFooter().addComponentAtIndex(0, cancelSession);
            Button attendance = new Button(t("attendance.open"), e -> {
                dialog.close();
                AttendanceView.open(UI.getCurrent(), session.id());
            });
            attendance.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            dialog.getFooter().addComponentAtIndex(1, attendance);
        }
        recheck();
    }

    void open() {
        dialog.open();
        offering.focus();
    }

    /** The draft the fields describe, or null while something required is missing. */
    @Nullable SessionDraft draft() {
        if (offering.getValue() == null || kind.getValue() == null || date.getValue() == null
                || startPeriod.getValue() == null || hours.getValue() == null || room.getValue() == null) {
            return null;
        }
        LocalDate until = session == null ? weeklyUntil.getValue() : null;
        return new SessionDraft(offering.getValue().id(), kind.getValue(), date.getValue(), startPeriod.getValue(),
                hours.getValue(), null, null, Objects.requireNonNull(room.getValue().getId()), feature.getValue(),
                teachers.getValue().stream().map(Choice::id).collect(Collectors.toSet()), Set.copyOf(groups.getValue()),
                enrolled.getValue(), until, publish.getValue(), override.getValue() ? reason.getValue() : null);
    }

    private void recheck() {
        SessionDraft draft = draft();
        found = List.of();
        if (draft != null) {
            try {
                found = timetable.check(session == null ? null : session.id(), draft);
            } catch (RuntimeException e) {
                showRefusal(Notifications.message(e));
                return;
            }
        }
        conflicts.removeAll();
        override.setVisible(!found.isEmpty());
        reason.setVisible(!found.isEmpty() && override.getValue());
        if (draft == null) {
            return;
        }
        H3 title = new H3(t("session.conflicts.title"));
        conflicts.add(title);
        if (found.isEmpty()) {
            conflicts.add(new Paragraph(t("session.conflicts.none")));
            conflicts.getElement().getClassList().set("has-conflicts", false);
            return;
        }
        conflicts.getElement().getClassList().set("has-conflicts", true);
        conflicts.add(new Paragraph(t("session.conflicts.count", found.size())));
        UnorderedList list = new UnorderedList();
        for (Conflict c : found) {
            list.add(new ListItem(t(c.messageKey(), c.arguments().toArray())));
        }
        conflicts.add(list);
    }

    private void showRefusal(String text) {
        conflicts.removeAll();
        conflicts.getElement().getClassList().set("has-conflicts", true);
        conflicts.add(new Paragraph(text));
    }

    private boolean save() {
        SessionDraft draft = draft();
        if (draft == null) {
            showRefusal(t("error.required", t("session.offering") + ", " + t("session.date") + ", "
                    + t("session.room")));
            return false;
        }
        recheck();
        if (!found.isEmpty() && (!override.getValue() || reason.getValue().isBlank())) {
            override.setVisible(true);
            reason.setVisible(true);
            reason.setInvalid(override.getValue());
            reason.setErrorMessage(t("error.required", t("session.overrideReason")));
            return false;
        }
        try {
            List<Long> ids = timetable.save(session == null ? null : session.id(),
                    session == null ? 0 : session.version(), draft);
            Notifications.success(t("session.saved", ids.size()));
            saved.run();
            return true;
        } catch (RuntimeException e) {
            if (!Notifications.isExplainable(e)) {
                throw e;
            }
            showRefusal(Notifications.message(e));
            return false;
        }
    }

    private void cancel() {
        try {
            timetable.cancel(session.id(), session.version());
            Notifications.success(t("common.saved"));
            saved.run();
            dialog.close();
        } catch (RuntimeException e) {
            Notifications.error(e);
        }
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
