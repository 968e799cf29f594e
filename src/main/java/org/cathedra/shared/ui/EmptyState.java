package org.cathedra.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What a list shows when there is nothing in it yet: a sentence and, where it helps, the next step. */
public class EmptyState extends Div {

    public EmptyState(String text, Component... actions) {
        addClassName("empty-state");
        var icon = VaadinIcon.INBOX.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, new Paragraph(text));
        add(actions);
    }
}
