package org.cathedra.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import com.vaadin.flow.component.html.Anchor;
import org.cathedra.internship.LogbookService;
import org.cathedra.scheduling.AttendanceService;
import org.cathedra.scheduling.CalendarFeedService;
import org.cathedra.scheduling.SessionView;
import org.cathedra.scheduling.TimetableService;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.Confirm;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.ViewHeader;
import org.jspecify.annotations.Nullable;

/**
 * A teacher's or student's own week: the published sessions day by day, as a list that reads well on a phone,
 * and the private calendar feed address.
 */
@Route("timetable")
@RolesAllowed({Roles.STUDENT, Roles.TEACHER})
@Menu(order = 4, icon = "vaadin:calendar-user", title = "nav.myTimetable")
class MyTimetableView extends VerticalLayout implements HasDynamicTitle {

    private final TimetableService timetable;
    private final CalendarFeedService feeds;
    private final AttendanceService attendance;
    private final LogbookService logbook;
    private final boolean teacher;
    final Div placements = new Div();
    final Div mine = new Div();
    final H2 period = new H2();
    final Div agenda = new Div();
    final Div feed = new Div();
    private final Clock clock;
    private final InstituteSettings settings;
    private LocalDate monday;

    MyTimetableView(TimetableService timetable, CalendarFeedService feeds, AttendanceService attendance,
            LogbookService logbook, Clock clock, InstituteSettings settings) {
        this.clock = clock;
        this.settings = settings;
        this.monday = today().with(DayOfWeek.MONDAY);
        this.timetable = timetable;
        this.feeds = feeds;
        this.attendance = attendance;
        this.logbook = logbook;
        VaadinRequest request = VaadinRequest.getCurrent();
        this.teacher = request != null && request.isUserInRole(Roles.TEACHER);
        addClassName("my-timetable-view");
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> move(-1));
        previous.setAriaLabel(getTranslation("timetable.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> move(1));
        next.setAriaLabel(getTranslation("timetable.next"));
        Button today = new Button(getTranslation("timetable.today"), e -> {
            monday = today().with(DayOfWeek.MONDAY);
            refresh();
        });
        Div moves = new Div(previous, today, next, period);
        moves.addClassName("calendar-nav");
        period.addClassName("calendar-period");
        agenda.addClassName("agenda");
        feed.addClassName("feed-box");
        mine.addClassName("attendance-totals");
        placements.addClassName("agenda-placements");
        add(new ViewHeader(getTranslation("my.title")), moves, placements, agenda, mine, feed);
        refresh();
        showAttendance();
        showFeed(null);
    }

    /** Today at the institute, on the application's clock. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    /** The Monday of the week shown. */
    LocalDate monday() {
        return monday;
    }

    /** Shows the week of {@code day}. */
    void showWeekOf(LocalDate day) {
        monday = day.with(DayOfWeek.MONDAY);
        refresh();
    }

    private void move(int weeks) {
        monday = monday.plusWeeks(weeks);
        refresh();
    }

    private void refresh() {
        Locale locale = getLocale();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        period.setText(format.format(monday) + " – " + format.format(monday.plusDays(6)));
        agenda.removeAll();
        showPlacements(format);
        List<SessionView> sessions = timetable.mine(monday, monday.plusDays(6));
        if (sessions.isEmpty()) {
            agenda.add(new EmptyState(getTranslation("my.empty")));
            return;
        }
        Map<LocalDate, List<SessionView>> byDay = sessions.stream()
                .collect(Collectors.groupingBy(SessionView::date, TreeMap::new, Collectors.toList()));
        DateTimeFormatter dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        byDay.forEach((day, ofDay) -> {
            Div block = new Div();
            block.addClassName("agenda-day");
            H3 heading = new H3(dayFormat.format(day));
            block.add(heading);
            ofDay.forEach(s -> {
                var chip = SessionChip.of(s, locale, false, teacher && !s.cancelled()
                        ? open -> getUI().ifPresent(ui -> AttendanceView.open(ui, open.id())) : null);
                Paragraph teachers = new Paragraph(String.join(", ", s.teacherNames()));
                teachers.addClassName("chip-meta");
                chip.getElement().appendChild(teachers.getElement());
                block.add(chip);
            });
            agenda.add(block);
        });
    }

    /** A trainee's internship placements that overlap the week shown, with the way to their logbook. */
    private void showPlacements(DateTimeFormatter format) {
        placements.removeAll();
        if (teacher) {
            return;
        }
        LocalDate sunday = monday.plusDays(6);
        logbook.mine(getLocale()).stream()
                .filter(p -> !p.startsOn().isAfter(sunday) && !p.endsOn().isBefore(monday))
                .forEach(p -> {
                    Div card = new Div();
                    card.addClassName("agenda-placement");
                    Paragraph what = new Paragraph(getTranslation("my.placement", p.period(), p.site(),
                            format.format(p.startsOn()), format.format(p.endsOn())));
                    what.addClassName("agenda-placement-title");
                    Paragraph where = new Paragraph(getTranslation("my.placement.where", p.address(),
                            p.siteSupervisor()));
                    where.addClassName("chip-meta");
                    card.add(what, where, new Anchor("internship/logbook", getTranslation("my.placement.logbook")));
                    placements.add(card);
                });
    }

    /** A student's attendance per course so far. */
    private void showAttendance() {
        mine.removeAll();
        if (teacher) {
            mine.setVisible(false);
            return;
        }
        var totals = attendance.mine();
        mine.setVisible(!totals.isEmpty());
        mine.add(new H2(getTranslation("attendance.mine")));
        totals.forEach(t -> {
            Paragraph line = new Paragraph(getTranslation("attendance.line", t.name(), t.percent(), t.present(),
                    t.late(), t.absent(), t.excused(), t.unmarked()));
            line.getElement().getClassList().set("below-minimum", t.belowMinimum());
            mine.add(line);
        });
    }

    /**
     * The feed box. Only the token's hash is kept, so the address is shown just once, right after it is made
     * ({@code fresh}); later the box offers to reset it, which revokes the old address.
     */
    private void showFeed(@Nullable String fresh) {
        feed.removeAll();
        feed.add(new H2(getTranslation("my.feed.title")), new Paragraph(getTranslation("my.feed.text")));
        var since = feeds.myFeedSince();
        if (since.isEmpty()) {
            feed.add(new Paragraph(getTranslation("my.feed.none")));
            Button create = new Button(getTranslation("my.feed.create"), e -> showFeed(feeds.issueMyToken()));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            feed.add(create);
            return;
        }
        if (fresh != null) {
            TextField address = new TextField(getTranslation("my.feed.address"));
            address.setValue(address(fresh));
            address.setReadOnly(true);
            address.setWidthFull();
            address.addClassName("feed-address");
            address.setHelperText(getTranslation("my.feed.once"));
            feed.add(address);
            address.focus();
        } else {
            feed.add(new Paragraph(getTranslation("my.feed.since", DateTimeFormatter
                    .ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                    .format(since.get().atZone(settings.zone())))));
        }
        Button reset = new Button(getTranslation("my.feed.renew"), e -> Confirm.ask(
                getTranslation("my.feed.renew.header"), getTranslation("my.feed.renew.text"),
                getTranslation("my.feed.renew"), () -> showFeed(feeds.issueMyToken())));
        Button revoke = new Button(getTranslation("my.feed.revoke"), e -> Confirm.ask(
                getTranslation("my.feed.revoke.header"), getTranslation("my.feed.revoke.text"),
                getTranslation("my.feed.revoke"), () -> {
                    feeds.revokeMyToken();
                    showFeed(null);
                }));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(reset, revoke);
        actions.addClassName("feed-actions");
        feed.add(actions);
    }

    private static String address(String token) {
        String path = "/calendar/" + token + ".ics";
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return path;
        }
        var http = request.getHttpServletRequest();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath() + path;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my.title");
    }
}
