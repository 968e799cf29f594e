package org.cathedra.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.cathedra.notification.NotificationService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.modulith.NamedInterface;

/**
 * The bell for the application shell's navbar: an icon with the number of unread notifications, opening the
 * notifications list. A prototype bean, so the shell simply takes one as a constructor parameter (or from an
 * {@code ObjectProvider<NotificationBell>}) and adds it to the navbar. The count is read when the bell is attached
 * and after a navigation once the last reading is {@link #NAVIGATION_REFRESH} old, and the notifications view
 * refreshes it when the user reads something.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@NamedInterface("bell")
public class NotificationBell extends Button {

    static final String ROUTE = "notifications";
    private static final int SHOWN_MAX = 99;

    /** How long a count read stays good for navigations: reading it on every click cost a query per page. */
    static final Duration NAVIGATION_REFRESH = Duration.ofSeconds(15);

    private final NotificationService notifications;
    private final Span badge = new Span();
    private @Nullable Registration navigation;
    /** Monotonic time in nanoseconds, replaceable in tests. */
    LongSupplier ticker = System::nanoTime;
    private long readAt;

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("notification-bell");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        badge.addClassName("notification-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        // styled here, from Lumo's properties, so that the shell needs no stylesheet for it
        badge.getStyle().set("background", "var(--lumo-error-color)").set("color", "var(--lumo-error-contrast-color)")
                .set("border-radius", "1em").set("padding", "0 0.4em").set("min-width", "1em")
                .set("font-size", "var(--lumo-font-size-xxs)").set("line-height", "1.5").set("text-align", "center")
                .set("margin-inline-start", "-0.6em").set("align-self", "flex-start");
        setSuffixComponent(badge);
        addClickListener(e -> UI.getCurrent().navigate(ROUTE));
    }

    /** Reads the unread count again and shows it. */
    public void refresh() {
        readAt = ticker.getAsLong();
        long unread = notifications.unreadCount();
        badge.setText(unread > SHOWN_MAX ? SHOWN_MAX + "+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        String label = unread == 0 ? getTranslation("notification.bell")
                : getTranslation("notification.bell.unread", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }

    /** The unread count as shown, empty when the badge is hidden. */
    public String badgeText() {
        return badge.isVisible() ? badge.getText() : "";
    }

    /** Refreshes the bell of {@code ui}, if the shell shows one. */
    static void refreshIn(UI ui) {
        NotificationBell bell = ComponentUtil.getData(ui, NotificationBell.class);
        if (bell != null) {
            bell.refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        ComponentUtil.setData(ui, NotificationBell.class, this);
        navigation = ui.addAfterNavigationListener(e -> {
            if (ticker.getAsLong() - readAt >= NAVIGATION_REFRESH.toNanos()) {
                refresh();
            }
        });
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (navigation != null) {
            navigation.remove();
            navigation = null;
        }
        if (ComponentUtil.getData(event.getUI(), NotificationBell.class) == this) {
            ComponentUtil.setData(event.getUI(), NotificationBell.class, null);
        }
        super.onDetach(event);
    }
}
