package org.cathedra.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.cathedra.shared.ui.Notifications;

/** The small icon buttons at the end of a list row, each labelled for screen readers and with a tooltip. */
final class RowActions extends HorizontalLayout {

    RowActions() {
        setSpacing(false);
        setPadding(false);
        addClassName("row-actions");
    }

    RowActions add(VaadinIcon icon, String label, Runnable onClick) {
        Button button = new Button(icon.create(), e -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        add(button);
        return this;
    }

    /** Runs a change a row asked for: success is confirmed, a refusal explained, and the list reloaded either way. */
    static void attempt(Runnable change, String doneText, Runnable refresh) {
        try {
            change.run();
            Notifications.success(doneText);
        } catch (RuntimeException e) {
            if (!Notifications.isExplainable(e)) {
                throw e;
            }
            Notifications.error(e);
        } finally {
            refresh.run();
        }
    }

    /** The "inactive" marker of a deactivated record, or an empty cell for an active one. */
    static Span inactiveMarker(boolean active, String inactiveText) {
        Span marker = new Span(active ? "" : inactiveText);
        if (!active) {
            marker.addClassName("badge-inactive");
        }
        return marker;
    }
}
