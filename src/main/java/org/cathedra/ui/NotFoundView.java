package org.cathedra.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * Shown for unknown routes and for routes the user may not open: both look alike, so that nobody learns which
 * administrative pages exist.
 */
@PermitAll
@ParentLayout(MainLayout.class)
class NotFoundView extends RouteNotFoundError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        Div box = new Div(new H1(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.text")),
                new Anchor("", getTranslation("notFound.home")));
        box.addClassName("not-found");
        getElement().appendChild(box.getElement());
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
