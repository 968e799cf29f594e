package org.cathedra.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The title row of a view: a heading (the page's only h1), an optional subtitle and the view's main actions. */
public class ViewHeader extends HorizontalLayout {

    public ViewHeader(String title, Component... actions) {
        this(title, null, actions);
    }

    public ViewHeader(String title, String subtitle, Component... actions) {
        addClassName("view-header");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
        H1 heading = new H1(title);
        heading.addClassName("view-title");
        Div titles = new Div(heading);
        if (subtitle != null) {
            Paragraph sub = new Paragraph(subtitle);
            sub.addClassName("view-subtitle");
            titles.add(sub);
        }
        add(titles);
        setFlexGrow(1, titles);
        if (actions.length > 0) {
            HorizontalLayout buttons = new HorizontalLayout(actions);
            buttons.addClassName("view-actions");
            buttons.setWrap(true);
            add(buttons);
        }
    }
}
