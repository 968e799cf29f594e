package org.cathedra.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import org.cathedra.directory.Person;
import org.cathedra.directory.PersonForm;
import org.cathedra.directory.UserAccount;
import org.cathedra.shared.ui.FormDialog;

/**
 * The part of the teacher and student forms about the person: name, e-mail, and either the existing login or the
 * fields to create one (user name and initial password, required only when "Create a login" is ticked).
 */
final class PersonFields<F extends PersonForm> {

    final TextField lastName = new TextField();
    final TextField firstName = new TextField();
    final TextField middleName = new TextField();
    final EmailField email = new EmailField();
    final Checkbox createLogin = new Checkbox();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final TextField existingLogin = new TextField();
    private final UI ui = UI.getCurrent();

    PersonFields(Binder<F> binder, F form) {
        label(lastName, "person.lastName", Person.NAME_MAX);
        label(firstName, "person.firstName", Person.NAME_MAX);
        label(middleName, "person.middleName", Person.NAME_MAX);
        email.setLabel(t("person.email"));
        email.setMaxLength(Person.EMAIL_MAX);
        binder.forField(lastName).asRequired(t("error.required", "person.lastName"))
                .bind(PersonForm::getLastName, PersonForm::setLastName);
        binder.forField(firstName).asRequired(t("error.required", "person.firstName"))
                .bind(PersonForm::getFirstName, PersonForm::setFirstName);
        binder.forField(middleName).bind(f -> f.getMiddleName() == null ? "" : f.getMiddleName(),
                PersonForm::setMiddleName);
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(t("person.email.invalid"))
                .setMaxLengthErrorMessage(t("error.tooLong", "person.email", Person.EMAIL_MAX)));
        binder.forField(email).withValidator(new EmailValidator(t("person.email.invalid"), true))
                .bind(f -> f.getEmail() == null ? "" : f.getEmail(), PersonForm::setEmail);

        createLogin.setLabel(t("person.login.create"));
        label(username, "person.login.username", UserAccount.USERNAME_MAX);
        username.setAutocomplete(Autocomplete.OFF);
        password.setLabel(t("person.login.password"));
        password.setMaxLength(UserAccount.PASSWORD_MAX);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText(t("person.login.passwordHelp", UserAccount.PASSWORD_MIN));
        binder.forField(createLogin).bind(PersonForm::isCreateLogin, PersonForm::setCreateLogin);
        binder.forField(username)
                .withValidator(v -> !createLogin.getValue() || !v.isBlank(), t("error.required", "person.login.username"))
                .bind(PersonForm::getUsername, PersonForm::setUsername);
        binder.forField(password)
                .withValidator(v -> !createLogin.getValue() || v.length() >= UserAccount.PASSWORD_MIN,
                        t("error.password.short", UserAccount.PASSWORD_MIN))
                .bind(PersonForm::getPassword, PersonForm::setPassword);
        createLogin.addValueChangeListener(e -> showLoginFields(e.getValue()));

        existingLogin.setLabel(t("person.login"));
        existingLogin.setReadOnly(true);
        existingLogin.setValue(form.getLogin() == null ? "" : form.getLogin());
        existingLogin.setVisible(form.getLogin() != null);
        createLogin.setVisible(form.getLogin() == null);
        showLoginFields(false);
    }

    void addNamesTo(FormDialog dialog) {
        dialog.addFields(lastName, firstName, middleName, email);
    }

    void addLoginTo(FormDialog dialog) {
        dialog.addFields(existingLogin, createLogin, username, password).wide(createLogin);
    }

    /** Lets refusals about the person land on the field they concern. */
    Refusals routeTo(Refusals refusals) {
        return refusals.on(lastName, "person.lastName").on(firstName, "person.firstName")
                .on(middleName, "person.middleName").on(email, "person.email", "error.email", "error.email.taken")
                .on(username, "error.username", "error.username.taken", "error.person.hasLogin")
                .on(password, "error.password.short", "error.password.long", "error.password.containsUsername");
    }

    private void showLoginFields(boolean show) {
        username.setVisible(show);
        password.setVisible(show);
    }

    private void label(TextField field, String key, int maxLength) {
        field.setLabel(t(key));
        field.setMaxLength(maxLength);
    }

    private String t(String key, Object... args) {
        return ui.getTranslation(key, args);
    }
}
