package org.cathedra.scheduling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.cathedra.scheduling.AttendanceMark.Mark;
import org.cathedra.scheduling.AttendanceService;
import org.cathedra.scheduling.SessionView;
import org.cathedra.scheduling.TimetableService;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.ViewHeader;

/**
 * The roster of one session, marked from a phone: present, late, absent or excused per attendee; people who
 * enrolled after the session show "not enrolled yet". Below it, the course's totals; the office also sets the
 * course's minimum attendance here and sees who is below it.
 */
@Route("attendance")
@RolesAllowed({Roles.TEACHER, Roles.ADMIN})
class AttendanceView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AttendanceService attendance;
    private final TimetableService timetable;
    final Div roster = new Div();
    final Div totals = new Div();
    private final Paragraph session = new Paragraph();

    AttendanceView(AttendanceService attendance, TimetableService timetable) {
        this.attendance = attendance;
        this.timetable = timetable;
        addClassName("attendance-view");
        roster.addClassName("roster");
        totals.addClassName("attendance-totals");
        add(new ViewHeader(getTranslation("attendance.title")), session, roster, totals);
    }

    /** Opens {@code attendance?session=<id>}. */
    static void open(UI ui, long sessionId) {
        ui.navigate("attendance", QueryParameters.of("session", String.valueOf(sessionId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long sessionId = event.getLocation().getQueryParameters().getSingleParameter("session")
                .filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        roster.removeAll();
        totals.removeAll();
        if (sessionId == null) {
            roster.add(new EmptyState(getTranslation("attendance.choose")));
            return;
        }
        try {
            show(sessionId);
        } catch (RuntimeException e) {
            if (!Notifications.isExplainable(e)) {
                throw e;
            }
            roster.add(new EmptyState(Notifications.message(e)));
        }
    }

    private void show(long sessionId) {
        var lines = attendance.roster(sessionId);
        SessionView s = timetable.session(sessionId);
        session.setText(s.courseCode() + " " + s.courseName(getLocale()) + " · "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(s.date()) + " · "
                + getTranslation("session.time", s.startsAt(), s.endsAt()) + " · " + s.roomCode());
        for (var line : lines) {
            Div row = new Div();
            row.addClassName("roster-line");
            Span name = new Span(line.name());
            name.addClassName("roster-name");
            row.add(name);
            if (line.notEnrolledYet()) {
                Span later = new Span(getTranslation("attendance.notEnrolledYet"));
                later.addClassName("roster-later");
                row.add(later);
            } else {
                RadioButtonGroup<Mark> mark = new RadioButtonGroup<>();
                mark.setAriaLabel(line.name());
                mark.setItems(Mark.values());
                mark.setItemLabelGenerator(m -> getTranslation("attendance.mark." + m.name()));
                mark.setValue(line.mark());
                mark.addValueChangeListener(e -> {
                    if (e.isFromClient() || e.getValue() != null) {
                        try {
                            attendance.mark(sessionId, line.studentId(), e.getValue());
                            showTotals(s.offeringId());
                        } catch (RuntimeException ex) {
                            Notifications.error(ex);
                        }
                    }
                });
                row.add(mark);
            }
            roster.add(row);
        }
        if (lines.isEmpty()) {
            roster.add(new EmptyState(getTranslation("attendance.nobody")));
        }
        showTotals(s.offeringId());
    }

    private void showTotals(long offeringId) {
        totals.removeAll();
        totals.add(new H2(getTranslation("attendance.totals")));
        for (var t : attendance.totals(offeringId)) {
            Paragraph line = new Paragraph(getTranslation("attendance.line", t.name(), t.percent(), t.present(),
                    t.late(), t.absent(), t.excused(), t.unmarked()));
            line.getElement().getClassList().set("below-minimum", t.belowMinimum());
            if (t.belowMinimum()) {
                line.add(new Span(" · " + getTranslation("attendance.below", t.minimum())));
            }
            totals.add(line);
        }
        if (currentIsAdmin()) {
            IntegerField minimum = new IntegerField(getTranslation("attendance.minimum"));
            minimum.setMin(1);
            minimum.setMax(100);
            minimum.setSuffixComponent(new Span("%"));
            Button save = new Button(getTranslation("action.save"), e -> {
                try {
                    attendance.setMinimum(timetable.courseOf(offeringId),
                            minimum.getValue() == null ? 0 : minimum.getValue());
                    Notifications.success(getTranslation("common.saved"));
                    showTotals(offeringId);
                } catch (RuntimeException ex) {
                    Notifications.error(ex);
                }
            });
            Div rule = new Div(minimum, save);
            rule.addClassName("filter-bar");
            totals.add(rule);
        }
    }

    private boolean currentIsAdmin() {
        return com.vaadin.flow.server.VaadinRequest.getCurrent() != null
                && com.vaadin.flow.server.VaadinRequest.getCurrent().isUserInRole(Roles.ADMIN);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.title");
    }
}
