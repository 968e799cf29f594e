package org.cathedra.enrollment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.cathedra.enrollment.Enrollment;
import org.cathedra.enrollment.EnrollmentService;
import org.cathedra.enrollment.EnrollmentService.MyEnrollment;
import org.cathedra.enrollment.EnrollmentService.OpenOffering;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.Roles;
import org.cathedra.shared.ui.Confirm;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.Rows;
import org.cathedra.shared.ui.ViewHeader;

/** A student's enrollment: the offerings of their programme with seats and windows, and their own enrollments. */
@Route("enrollment")
@RolesAllowed(Roles.STUDENT)
@Menu(order = 5, icon = "vaadin:clipboard-check", title = "nav.enrollment")
class EnrollmentView extends VerticalLayout implements HasDynamicTitle {

    private final EnrollmentService service;
    private final ZoneId zone;
    private final Clock clock;
    final Grid<OpenOffering> offerings = grid("open-offerings-grid");
    final Grid<MyEnrollment> mine = grid("my-enrollments-grid");
    final EmptyState noOfferings;

    EnrollmentView(EnrollmentService service, InstituteSettings settings, Clock clock) {
        this.service = service;
        this.zone = settings.zone();
        this.clock = clock;
        addClassName("enrollment-view");
        setSizeFull();
        offerings.addColumn(o -> o.courseCode() + " " + o.courseName()).setHeader(getTranslation("enrollment.course"))
                .setKey("course").setFlexGrow(3);
        offerings.addColumn(o -> o.academicYear() + ", " + getTranslation("termPart." + o.termPart()) + ", "
                + o.section()).setHeader(getTranslation("enrollment.term")).setKey("term").setAutoWidth(true);
        offerings.addColumn(o -> getTranslation("enrollment.seatsLeft", o.seatsLeft(), o.capacity()))
                .setHeader(getTranslation("enrollment.seats")).setKey("seats").setAutoWidth(true);
        offerings.addColumn(this::window).setHeader(getTranslation("enrollment.window")).setKey("window")
                .setFlexGrow(2);
        offerings.addComponentColumn(this::enrollButton).setHeader(getTranslation("common.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        noOfferings = new EmptyState(getTranslation("enrollment.nothingOpen"));

        mine.addColumn(m -> m.courseCode() + " " + m.courseName()).setHeader(getTranslation("enrollment.course"))
                .setKey("course").setFlexGrow(3);
        mine.addColumn(m -> m.academicYear() + ", " + getTranslation("termPart." + m.termPart()) + ", "
                + m.section()).setHeader(getTranslation("enrollment.term")).setKey("term").setAutoWidth(true);
        mine.addColumn(this::status).setHeader(getTranslation("common.status")).setKey("status").setFlexGrow(2);
        mine.addComponentColumn(this::myActions).setHeader(getTranslation("common.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        mine.setItems((CallbackDataProvider.FetchCallback<MyEnrollment, Void>) query -> service
                .myEnrollments(getLocale(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream())
                .setIdentifierProvider(m -> m.id() + "@" + m.version());

        add(new ViewHeader(getTranslation("enrollment.title"), getTranslation("enrollment.subtitle")),
                new H2(getTranslation("enrollment.openToMe")), noOfferings, offerings,
                new H2(getTranslation("enrollment.mine")), mine);
        refresh();
    }

    private void refresh() {
        List<OpenOffering> open = service.openToMe(getLocale());
        offerings.setItems(open);
        offerings.setVisible(!open.isEmpty());
        noOfferings.setVisible(open.isEmpty());
        mine.getDataProvider().refreshAll();
    }

    private String window(OpenOffering o) {
        String window = windowOnly(o);
        return o.missingPrerequisites() == null ? window
                : window + " · " + getTranslation("enrollment.requires", o.missingPrerequisites());
    }

    private String windowOnly(OpenOffering o) {
        Instant now = clock.instant();
        if (o.opensAt() == null || o.closesAt() == null) {
            return getTranslation("enrollment.window.none");
        }
        if (o.open()) {
            return getTranslation("enrollment.window.openUntil", when(o.closesAt()));
        }
        return o.opensAt().isAfter(now) ? getTranslation("enrollment.window.opensOn", when(o.opensAt()))
                : getTranslation("enrollment.window.closedOn", when(o.closesAt()));
    }

    private Button enrollButton(OpenOffering o) {
        String key = o.byApplication() ? "enrollment.apply"
                : o.seatsLeft() > 0 ? "enrollment.enroll" : "enrollment.joinWaitlist";
        Button button = new Button(getTranslation(key), e -> act(() -> service.enroll(o.offeringId())));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        button.setEnabled(o.open() && o.missingPrerequisites() == null);
        button.addClassName("enroll-button");
        return button;
    }

    private String status(MyEnrollment m) {
        String status = getTranslation("enrollment.status." + m.status().name());
        if (m.waitlistPosition() != null) {
            return status + " · " + getTranslation("enrollment.position", m.waitlistPosition());
        }
        if (m.status() == Enrollment.Status.OFFERED && m.offerExpiresAt() != null) {
            return status + " · " + getTranslation("enrollment.offerUntil", when(m.offerExpiresAt()));
        }
        return status;
    }

    private HorizontalLayout myActions(MyEnrollment m) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (m.status() == Enrollment.Status.OFFERED) {
            Button accept = new Button(getTranslation("enrollment.accept"),
                    e -> act(() -> service.acceptOffer(m.id())));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button decline = small("enrollment.decline", () -> Confirm.ask(getTranslation("enrollment.decline"),
                    getTranslation("enrollment.decline.confirm", m.courseCode()), getTranslation("enrollment.decline"),
                    () -> act(() -> service.declineOffer(m.id()))));
            buttons.add(accept, decline);
        } else if (m.status().isActive()) {
            buttons.add(small("enrollment.withdraw", () -> ReasonDialog.open(
                    getTranslation("enrollment.withdraw.title", m.courseCode()),
                    reason -> service.withdraw(m.id(), reason), this::refresh)));
        }
        return buttons;
    }

    private Button small(String key, Runnable action) {
        return Rows.action(getTranslation(key), action);
    }

    private void act(Runnable action) {
        Rows.attempt(action, this::refresh);
    }

    private String when(Instant instant) {
        return Moments.format(instant, zone, getLocale());
    }

    private static <T> Grid<T> grid(String className) {
        return Rows.shortGrid(className);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enrollment.title");
    }
}
