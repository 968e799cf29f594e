package org.cathedra.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Shown instead of a page whose data could not be read because the database does not answer: a plain
 * "temporarily unavailable" with a way to try again, status 503. One subclass per exception type Vaadin looks up.
 */
abstract class UnavailableView extends Div {

    private static final Logger log = LoggerFactory.getLogger(UnavailableView.class);

    int show(BeforeEnterEvent event, ErrorParameter<? extends Exception> parameter) {
        log.warn("Page {} not shown, the database does not answer: {}", event.getLocation().getPath(),
                parameter.getException().toString());
        removeAll();
        addClassName("not-found");
        add(new H1(getTranslation("unavailable.title")), new Paragraph(getTranslation("error.unavailable")),
                new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("unavailable.retry")));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @PermitAll
    @ParentLayout(MainLayout.class)
    static class NoTransaction extends UnavailableView implements HasErrorParameter<CannotCreateTransactionException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> p) {
            return show(event, p);
        }
    }

    @PermitAll
    @ParentLayout(MainLayout.class)
    static class NoConnection extends UnavailableView implements HasErrorParameter<DataAccessResourceFailureException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> p) {
            return show(event, p);
        }
    }
}
