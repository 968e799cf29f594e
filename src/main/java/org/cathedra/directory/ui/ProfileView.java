package org.cathedra.directory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.AccountSummary;
import org.cathedra.directory.UserAccount;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.ui.Notifications;
import org.cathedra.shared.ui.ViewHeader;

/** The signed-in user's own profile: who they are, and a password change that needs the current password. */
@Route("profile")
@PermitAll
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    final PasswordField current = new PasswordField();
    final PasswordField fresh = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button change = new Button();

    ProfileView(AccountService accounts, InstituteSettings settings) {
        this.accounts = accounts;
        addClassName("profile-view");
        AccountSummary me = accounts.ownAccount();
        add(new ViewHeader(getTranslation("profile.title")));

        FormLayout info = new FormLayout();
        info.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        info.add(readOnly("profile.username", me.username()),
                readOnly("profile.role", getTranslation("role." + me.role().name())),
                readOnly("profile.name", me.fullName() == null ? "—" : me.fullName()),
                readOnly("profile.email", me.email() == null ? "—" : me.email()),
                readOnly("profile.lastLogin", me.lastLoginAt() == null ? "—"
                        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                                .format(me.lastLoginAt().atZone(settings.zone()))),
                readOnly("profile.zone", settings.zone().getDisplayName(java.time.format.TextStyle.FULL, getLocale())));
        add(info);

        H2 pw = new H2(getTranslation("profile.password.title"));
        current.setLabel(getTranslation("profile.password.current"));
        fresh.setLabel(getTranslation("profile.password.new"));
        fresh.setHelperText(getTranslation("profile.password.help", UserAccount.PASSWORD_MIN));
        repeat.setLabel(getTranslation("profile.password.repeat"));
        for (PasswordField f : new PasswordField[] {current, fresh, repeat}) {
            f.setRequired(true);
            f.setMaxLength(UserAccount.PASSWORD_MAX);
            f.setAutocomplete(f == current ? com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD
                    : com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        }
        change.setText(getTranslation("profile.password.change"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickShortcut(Key.ENTER);
        change.addClickListener(e -> changePassword());
        FormLayout pwForm = new FormLayout(current, fresh, repeat);
        pwForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        add(pw, pwForm, change);
        setMaxWidth("960px");
    }

    private void changePassword() {
        current.setInvalid(false);
        fresh.setInvalid(false);
        repeat.setInvalid(false);
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("error.password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), fresh.getValue());
            current.clear();
            fresh.clear();
            repeat.clear();
            Notifications.success(getTranslation("profile.password.changed"));
        } catch (DomainException e) {
            String text = Notifications.message(e);
            PasswordField target = e.messageKey().equals("error.password.current") ? current : fresh;
            target.setErrorMessage(text);
            target.setInvalid(true);
        }
    }

    private TextField readOnly(String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(true);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
