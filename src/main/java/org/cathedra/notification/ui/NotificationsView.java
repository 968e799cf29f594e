package org.cathedra.notification.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.cathedra.notification.NotificationItem;
import org.cathedra.notification.NotificationService;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.ViewHeader;
import org.springframework.data.domain.PageRequest;

/** The signed-in person's notifications, newest first, unread ones emphasised; each may be read and followed. */
@Route(NotificationBell.ROUTE)
@PermitAll
@Menu(order = 80, icon = "vaadin:bell", title = "nav.notifications")
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final DateTimeFormatter timeFormat;
    private final Grid<NotificationItem> grid = new Grid<>();
    private final Button markAll = new Button();
    private final EmptyState empty = new EmptyState(getTranslation("notification.empty"));

    NotificationsView(NotificationService notifications, InstituteSettings settings) {
        this.notifications = notifications;
        this.timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(settings.zone());
        addClassName("notifications-view");
        setSizeFull();
        markAll.setText(getTranslation("notification.markAllRead"));
        markAll.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        markAll.addClickListener(e -> attempt(notifications::markAllRead));
        grid.addComponentColumn(this::message).setKey("message").setHeader(getTranslation("notification.message"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("notification.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> notifications.mine(toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setPartNameGenerator(item -> item.unread() ? "unread" : null);
        grid.setAriaLabel(getTranslation("notification.title"));
        grid.setSizeFull();
        add(new ViewHeader(getTranslation("notification.title"), markAll), grid, empty);
        refresh();
    }

    private Div message(NotificationItem item) {
        Object[] arguments = item.arguments().toArray();
        Span subject = new Span(getTranslation(item.subjectKey(), arguments));
        subject.addClassName("notification-subject");
        Span time = new Span(timeFormat.format(item.createdAt()));
        time.addClassName("notification-time");
        time.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-inline-start", "0.5em");
        Div message = new Div(subject, time, new Paragraph(getTranslation(item.bodyKey(), arguments)));
        message.addClassName("notification-message");
        if (item.unread()) {
            message.addClassName("unread");
            subject.getStyle().set("font-weight", "bold");
            subject.getElement().setAttribute("aria-description", getTranslation("notification.unread"));
        }
        return message;
    }

    private Div actions(NotificationItem item) {
        Div actions = new Div();
        if (item.link() != null) {
            Button open = new Button(getTranslation("notification.open"), VaadinIcon.ARROW_RIGHT.create());
            open.addClickListener(e -> {
                attempt(() -> notifications.markRead(item.id()));
                UI.getCurrent().navigate(item.link());
            });
            actions.add(open);
        }
        if (item.unread()) {
            Button read = new Button(VaadinIcon.CHECK.create());
            read.setAriaLabel(getTranslation("notification.markRead"));
            read.setTooltipText(getTranslation("notification.markRead"));
            read.addClickListener(e -> attempt(() -> notifications.markRead(item.id())));
            actions.add(read);
        }
        return actions;
    }

    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (DomainException e) {
            Notifications.error(e);
        }
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        boolean any = notifications.mine(PageRequest.of(0, 1)).hasContent();
        grid.setVisible(any);
        empty.setVisible(!any);
        markAll.setEnabled(notifications.unreadCount() > 0);
        NotificationBell.refreshIn(UI.getCurrent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
