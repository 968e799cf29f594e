package org.cathedra.scheduling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cathedra.scheduling.Room;
import org.cathedra.scheduling.RoomService;
import org.cathedra.scheduling.SessionDraft;
import org.cathedra.scheduling.SessionKind;
import org.cathedra.scheduling.SessionView;
import org.cathedra.scheduling.TimetableService;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;

/** The office's calendar: a week or a month of one room, teacher or group; sessions open in the editor. */
@Route("admin/timetable")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 27, icon = "vaadin:calendar-clock", title = "nav.timetable")
class TimetableView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** What the calendar shows. */
    enum By { ROOM, TEACHER, GROUP }

    private final TimetableService timetable;
    private final RoomService rooms;
    final Select<By> by = new Select<>();
    final ComboBox<Object> which = new ComboBox<>();
    final RadioButtonGroup<String> span = new RadioButtonGroup<>();
    final H2 period = new H2();
    final Div calendar = new Div();
    private LocalDate anchor = LocalDate.now();

    TimetableView(TimetableService timetable, RoomService rooms) {
        this.timetable = timetable;
        this.rooms = rooms;
        addClassName("timetable-view");
        setSizeFull();
        Button create = new Button(getTranslation("session.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        by.setLabel(getTranslation("timetable.by"));
        by.setItems(By.values());
        by.setItemLabelGenerator(b -> getTranslation("timetable.by." + b.name()));
        which.setLabel(getTranslation("timetable.which"));
        which.setClearButtonVisible(true);
        which.setWidth("min(22rem, 100%)");
        by.addValueChangeListener(e -> {
            which.clear();
            which.setItems(choices(e.getValue()));
        });
        which.setItemLabelGenerator(this::label);
        which.addValueChangeListener(e -> refresh());
        span.setLabel(getTranslation("timetable.week") + " / " + getTranslation("timetable.month"));
        span.setItems("week", "month");
        span.setItemLabelGenerator(s -> getTranslation("timetable." + s));
        span.setValue("week");
        span.addValueChangeListener(e -> refresh());
        Button previous = navigation("timetable.previous", VaadinIcon.ANGLE_LEFT, -1);
        Button next = navigation("timetable.next", VaadinIcon.ANGLE_RIGHT, 1);
        Button today = new Button(getTranslation("timetable.today"), e -> {
            anchor = LocalDate.now();
            refresh();
        });
        Div filters = new Div(by, which, span);
        filters.addClassName("filter-bar");
        Button publishAll = new Button(getTranslation("timetable.publishAll"), VaadinIcon.UPLOAD_ALT.create(),
                e -> new PublishDraftsDialog(timetable, shown()[0], shown()[1], this::refresh).open());
        publishAll.addClassName("publish-all");
        Div moves = new Div(previous, today, next, period, publishAll);
        moves.addClassName("calendar-nav");
        period.addClassName("calendar-period");
        calendar.addClassName("calendar-area");
        add(new ViewHeader(getTranslation("timetable.title"), create), filters, moves, calendar);
        setFlexGrow(1, calendar);
        by.setValue(By.ROOM);
        refresh();
    }

    /** Shows the week (or month) of {@code day}. */
    void show(By what, Object key, LocalDate day) {
        by.setValue(what);
        which.setValue(key);
        anchor = day;
        refresh();
    }

    /** Deep links: {@code ?room=<id>}, {@code ?teacher=<id>} or {@code ?group=<cohort>}, and {@code &date=<ISO date>}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        LocalDate day = first(query, "date").map(TimetableView::date).orElse(anchor);
        first(query, "room").flatMap(id -> rooms.active().stream()
                .filter(r -> String.valueOf(r.getId()).equals(id)).findFirst())
                .ifPresent(room -> show(By.ROOM, room, day));
        first(query, "teacher").flatMap(id -> timetable.teachers().stream()
                .filter(t -> String.valueOf(t.id()).equals(id)).findFirst())
                .ifPresent(teacher -> show(By.TEACHER, teacher, day));
        first(query, "group").filter(g -> timetable.cohorts().contains(g))
                .ifPresent(group -> show(By.GROUP, group, day));
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Button navigation(String key, VaadinIcon icon, int direction) {
        Button button = new Button(icon.create(), e -> {
            anchor = "month".equals(span.getValue()) ? anchor.plusMonths(direction) : anchor.plusWeeks(direction);
            refresh();
        });
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        return button;
    }

    private List<Object> choices(@Nullable By what) {
        if (what == null) {
            return List.of();
        }
        return switch (what) {
            case ROOM -> List.copyOf(rooms.active());
            case TEACHER -> List.copyOf(timetable.teachers());
            case GROUP -> List.copyOf(timetable.cohorts());
        };
    }

    private String label(Object item) {
        if (item instanceof Room r) {
            return r.label();
        }
        if (item instanceof TimetableService.Choice c) {
            return c.label();
        }
        return String.valueOf(item);
    }

    /** The first and last day the calendar shows. */
    LocalDate[] shown() {
        boolean month = "month".equals(span.getValue());
        LocalDate from = month ? YearMonth.from(anchor).atDay(1).with(DayOfWeek.MONDAY)
                : anchor.with(DayOfWeek.MONDAY);
        LocalDate to = month ? YearMonth.from(anchor).atEndOfMonth().with(DayOfWeek.SUNDAY) : from.plusDays(6);
        return new LocalDate[] {from, to};
    }

    void refresh() {
        calendar.removeAll();
        Locale locale = getLocale();
        boolean month = "month".equals(span.getValue());
        LocalDate from = shown()[0];
        LocalDate to = shown()[1];
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        period.setText(month ? YearMonth.from(anchor).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale))
                : format.format(from) + " – " + format.format(to));
        Object key = which.getValue();
        if (key == null) {
            calendar.add(new EmptyState(getTranslation("timetable.choose")));
            return;
        }
        List<SessionView> sessions = switch (by.getValue()) {
            case ROOM -> timetable.ofRoom(((Room) key).getId(), from, to);
            case TEACHER -> timetable.ofTeacher(((TimetableService.Choice) key).id(), from, to);
            case GROUP -> timetable.ofGroup((String) key, from, to);
        };
        Component view = month ? new MonthGrid(YearMonth.from(anchor), sessions, locale, this::edit)
                : new WeekGrid(from, sessions, timetable.grid(), locale, this::edit);
        calendar.add(view);
        if (sessions.isEmpty()) {
            calendar.add(new EmptyState(getTranslation("timetable.empty")));
        }
    }

    private void edit(@Nullable SessionView session) {
        SessionDraft start = null;
        if (session == null) {
            Object key = which.getValue();
            LocalDate day = anchor.getDayOfWeek() == DayOfWeek.SUNDAY ? anchor.plusDays(1) : anchor;
            start = new SessionDraft(0, SessionKind.LECTURE, day, 1, 2, null, null,
                    key instanceof Room r ? r.getId() : 0, null,
                    key instanceof TimetableService.Choice c ? Set.of(c.id()) : Set.of(),
                    key instanceof String g ? Set.of(g) : Set.of(), !(key instanceof String), null, false, null);
        }
        new SessionEditor(timetable, rooms.active(), session == null ? null : timetable.get(session.id()), start,
                this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("timetable.title");
    }
}
