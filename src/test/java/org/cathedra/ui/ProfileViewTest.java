package org.cathedra.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.button.Button;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;

class ProfileViewTest extends UiTest {

    @Test
    void a_wrong_current_password_is_shown_on_the_field() {
        signIn("student");
        UI.getCurrent().navigate("profile");
        assertThat(_get(H1.class).getText()).isEqualTo("My profile");
        _get(PasswordField.class, spec -> spec.withLabel("Current password")).setValue("not-my-password");
        _get(PasswordField.class, spec -> spec.withLabel("New password")).setValue("another-long-secret");
        _get(PasswordField.class, spec -> spec.withLabel("Repeat the new password")).setValue("another-long-secret");
        LocatorJ._click(_get(Button.class, spec -> spec.withText("Change password")));
        PasswordField current = _get(PasswordField.class, spec -> spec.withLabel("Current password"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("The current password is wrong.");
    }
}
