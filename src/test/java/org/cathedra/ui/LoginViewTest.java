package org.cathedra.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/** The sign-in page names a disabled account only to someone who gave its right password. */
class LoginViewTest extends UiTest {

    private String errorShownAfter(RuntimeException failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void a_wrong_password_gets_the_general_message_and_a_right_one_for_a_disabled_account_is_told_to_ask_the_office() {
        String wrong = errorShownAfter(new BadCredentialsException("Bad credentials"));
        assertThat(wrong).contains("The user name or password is wrong").doesNotContain("disabled");

        String disabled = errorShownAfter(new DisabledException("disabled"));
        assertThat(disabled).contains("This account is disabled", "Ask the education office")
                .doesNotContain("The user name or password is wrong");
    }
}
