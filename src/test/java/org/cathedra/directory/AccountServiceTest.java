package org.cathedra.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.cathedra.directory.internal.UserAccountRepository;
import org.cathedra.shared.DomainException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@CathedraTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuthenticationManager authenticationManager;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private String newAccount(String name, UserAccount.Role role) {
        repository.save(new UserAccount(name, encoder.encode("correct-horse-battery"), role, null));
        return name;
    }

    @Test
    void a_password_change_needs_the_current_password_and_twelve_characters() {
        String name = newAccount("pw.change.user", UserAccount.Role.STUDENT);
        SignIn.as(accounts, name);

        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong-password!!", "a-brand-new-secret"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.password.current");
        assertThatThrownBy(() -> accounts.changeOwnPassword("correct-horse-battery", "short"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.password.short");
        assertThat(encoder.matches("correct-horse-battery", repository.findByUsername(name).orElseThrow()
                .getPasswordHash())).as("refused changes leave the password as it was").isTrue();

        accounts.changeOwnPassword("correct-horse-battery", "a-brand-new-secret");
        assertThat(encoder.matches("a-brand-new-secret", repository.findByUsername(name).orElseThrow()
                .getPasswordHash())).isTrue();
    }

    @Test
    void nobody_changes_a_password_without_signing_in() {
        assertThatThrownBy(() -> accounts.changeOwnPassword("x", "a-brand-new-secret"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void the_language_and_theme_are_remembered_per_user() {
        String name = newAccount("prefs.user", UserAccount.Role.TEACHER);
        SignIn.as(accounts, name);
        accounts.changeOwnLanguage(Locale.ENGLISH);
        accounts.changeOwnTheme(true);
        UserAccount stored = repository.findByUsername(name).orElseThrow();
        assertThat(stored.getLocale().getLanguage()).isEqualTo("en");
        assertThat(stored.isDarkTheme()).isTrue();
        assertThatThrownBy(() -> accounts.changeOwnLanguage(Locale.GERMAN)).isInstanceOf(DomainException.class);
    }

    @Test
    void five_failed_logins_lock_the_account_even_for_the_right_password() {
        String name = newAccount("lockme.user", UserAccount.Role.STUDENT);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(name, "not-the-password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(repository.findByUsername(name).orElseThrow().getLockedUntil()).isNotNull();
        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(name, "correct-horse-battery")))
                .isInstanceOf(LockedException.class);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_failed_login_is_logged_with_the_user_name_but_never_the_password(CapturedOutput output) {
        String name = newAccount("logged.user", UserAccount.Role.STUDENT);
        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(name, "Secret-Typo-4711")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(output.getAll()).contains("Login failed for '" + name + "'").doesNotContain("Secret-Typo-4711");
    }

    @Test
    void only_an_administrator_creates_accounts_and_passwords_are_checked() {
        SignIn.as(accounts, newAccount("plain.student", UserAccount.Role.STUDENT));
        assertThatThrownBy(() -> accounts.createAccount("someone.new", "long-enough-password", UserAccount.Role.ADMIN,
                null)).isInstanceOf(AccessDeniedException.class);
        assertThat(repository.existsByUsername("someone.new")).isFalse();

        SignIn.as(accounts, "admin");
        assertThatThrownBy(() -> accounts.createAccount("someone.new", "someone.new-123", UserAccount.Role.TEACHER,
                null)).isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("error.password.containsUsername");
        assertThatThrownBy(() -> accounts.createAccount("Bad Name!", "long-enough-password", UserAccount.Role.TEACHER,
                null)).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.username");
        accounts.createAccount("someone.new", "long-enough-password", UserAccount.Role.TEACHER, null);
        assertThatThrownBy(() -> accounts.createAccount("someone.new", "long-enough-password",
                UserAccount.Role.TEACHER, null)).isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("error.username.taken");
    }
}
