package org.cathedra.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinSession;
import org.cathedra.shared.InstituteSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/** The sign-in page: Vaadin's login form, translated, with a language switch for people not signed in yet. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final H1 title = new H1();
    private final Paragraph tagline = new Paragraph();
    private final Paragraph demoHint = new Paragraph();
    private final InstituteSettings settings;
    private boolean disabled;

    LoginView(InstituteSettings settings) {
        this.settings = settings;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        title.addClassName("login-title");
        tagline.addClassName("login-tagline");
        demoHint.addClassName("login-demo-hint");
        demoHint.setVisible(settings.demoData());
        Div brand = new Div(title, tagline);
        brand.addClassName("login-brand");
        add(new LanguageSwitch(), brand, form, demoHint);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        disabled = error && lastFailure() instanceof DisabledException;
        form.setError(error);
        translateForm();
    }

    /**
     * Why the last sign-in of this browser failed, as Spring Security keeps it in the session. A disabled account is
     * only reported after a correct password (see SecurityConfig), so telling it here leaks nothing to a guesser.
     */
    private static @Nullable Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(settings.name());
        tagline.setText(getTranslation("app.tagline"));
        demoHint.setText(getTranslation("login.demoHint"));
        translateForm();
    }

    private void translateForm() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation(disabled ? "login.disabled.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation(disabled ? "login.disabled.message" : "login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        form.setI18n(i18n);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + settings.name();
    }
}
