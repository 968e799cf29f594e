package org.cathedra.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import org.cathedra.scheduling.PeriodGrid;
import org.cathedra.scheduling.TeacherUnavailability.Recurrence;
import org.cathedra.scheduling.TimetableService;
import org.cathedra.scheduling.TimetableService.Choice;
import org.cathedra.scheduling.UnavailabilityService;
import org.cathedra.scheduling.UnavailabilityService.Entry;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.Confirm;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;

/**
 * When a teacher cannot teach: a teacher keeps their own times, the office any teacher's (chosen from a list, or
 * linked with {@code ?teacher=<id>}). The timetable editor shows these times as conflicts.
 */
@Route("unavailability")
@RolesAllowed({Roles.TEACHER, Roles.ADMIN})
@Menu(order = 4.5, icon = "vaadin:calendar-briefcase", title = "nav.unavailability")
class UnavailabilityView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final UnavailabilityService service;
    private final PeriodGrid grid;
    private final Clock clock;
    private final InstituteSettings settings;
    final ComboBox<Choice> teacher = new ComboBox<>();
    final Grid<Entry> entries = new Grid<>();
    final Div empty = new Div();
    final Button add = new Button();

    UnavailabilityView(UnavailabilityService service, TimetableService timetable, Clock clock,
            InstituteSettings settings) {
        this.service = service;
        this.grid = timetable.grid();
        this.clock = clock;
        this.settings = settings;
        addClassName("unavailability-view");
        add.setText(getTranslation("unavailability.new"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> edit(null));

        List<Choice> teachers = service.teachers();
        teacher.setLabel(getTranslation("unavailability.teacher"));
        teacher.setItems(teachers);
        teacher.setItemLabelGenerator(Choice::label);
        teacher.setWidth("min(24rem, 100%)");
        teacher.setVisible(teachers.size() > 1);
        teacher.addValueChangeListener(e -> refresh());

        entries.addClassName("unavailability-grid");
        entries.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.setAllRowsVisible(true);
        // when and why in one cell, two lines: it stays readable on a phone
        entries.addComponentColumn(this::describe).setKey("when")
                .setHeader(getTranslation("unavailability.when")).setFlexGrow(1);
        entries.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("unavailability.actions"))
                .setAutoWidth(true).setFlexGrow(0);

        Paragraph hint = new Paragraph(getTranslation("unavailability.hint"));
        hint.addClassName("view-hint");
        add(new ViewHeader(getTranslation("unavailability.title"), add), hint, teacher, entries, empty);
        if (teachers.size() == 1) {
            teacher.setValue(teachers.getFirst());
        }
        refresh();
    }

    /** {@code ?teacher=<id>} opens that teacher's times, for the office. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("teacher").ifPresent(id -> service.teachers()
                .stream().filter(c -> String.valueOf(c.id()).equals(id)).findFirst().ifPresent(teacher::setValue));
    }

    void refresh() {
        Choice chosen = teacher.getValue();
        empty.removeAll();
        add.setEnabled(chosen != null);
        if (chosen == null) {
            entries.setItems(List.of());
            entries.setVisible(false);
            empty.add(new EmptyState(getTranslation(service.teachers().isEmpty() ? "unavailability.notTeacher"
                    : "unavailability.choose")));
            return;
        }
        List<Entry> found = service.of(chosen.id());
        entries.setItems(found);
        entries.setVisible(!found.isEmpty());
        if (found.isEmpty()) {
            empty.add(new EmptyState(getTranslation("unavailability.empty")));
        }
    }

    /** "Every Tuesday, hours 1–4 (09:00–12:20)" or "17 Oct 2026 09:00 – 19 Oct 2026 17:15". */
    String when(Entry e) {
        if (e.recurrence() == Recurrence.WEEKLY) {
            return getTranslation("unavailability.weekly",
                    e.weekday().getDisplayName(TextStyle.FULL_STANDALONE, getLocale()), e.firstPeriod(),
                    e.lastPeriod(), grid.start(Math.min(e.firstPeriod(), grid.periods())),
                    grid.end(Math.min(e.lastPeriod(), grid.periods())));
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        return getTranslation("unavailability.dated", format.format(e.startsAt()), format.format(e.endsAt()));
    }

    private Div describe(Entry e) {
        Span when = new Span(when(e));
        Span why = new Span(e.reason() == null ? "—" : e.reason());
        why.addClassName("chip-meta");
        Div cell = new Div(when, why);
        cell.addClassName("unavailability-entry");
        return cell;
    }

    private Div actions(Entry e) {
        Button change = new Button(VaadinIcon.EDIT.create(), click -> edit(e));
        change.setAriaLabel(getTranslation("unavailability.edit") + ": " + when(e));
        change.setTooltipText(getTranslation("unavailability.edit"));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        change.addClassName("edit-entry");
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> Confirm.ask(
                getTranslation("unavailability.remove.header"), getTranslation("unavailability.remove.text", when(e)),
                getTranslation("unavailability.remove"), () -> remove(e)));
        remove.setAriaLabel(getTranslation("unavailability.remove") + ": " + when(e));
        remove.setTooltipText(getTranslation("unavailability.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("remove-entry");
        Div actions = new Div(change, remove);
        actions.addClassName("row-actions");
        return actions;
    }

    void edit(@Nullable Entry e) {
        Choice chosen = teacher.getValue();
        if (chosen == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        new UnavailabilityEditor(grid, e == null ? null : e.toDraft(), today, draft -> {
            if (e == null) {
                service.add(chosen.id(), draft);
            } else {
                service.change(e.id(), e.version(), draft);
            }
            Notifications.success(getTranslation("common.saved"));
            refresh();
            return true;
        }).open();
    }

    private void remove(Entry e) {
        try {
            service.remove(e.id(), e.version());
            Notifications.success(getTranslation("unavailability.removed"));
        } catch (RuntimeException ex) {
            Notifications.error(ex);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unavailability.title");
    }
}
