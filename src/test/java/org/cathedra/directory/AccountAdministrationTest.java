package org.cathedra.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cathedra.directory.DirectoryTestData.unique;

import java.time.Instant;
import java.util.Locale;
import org.cathedra.directory.internal.UserAccountRepository;
import org.cathedra.shared.DomainException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

@CathedraTest
class AccountAdministrationTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuthenticationManager authenticationManager;

    @BeforeEach
    void signInAsAdministrator() {
        SignIn.as(accounts, "admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private UserAccount newAccount(UserAccount.Role role) {
        return repository.save(new UserAccount(unique("acc.").toLowerCase(Locale.ROOT), encoder.encode(PASSWORD),
                role, null));
    }

    private void signInWithPassword(String username) {
        authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
    }

    @Test
    void a_disabled_account_cannot_sign_in_until_it_is_enabled_again() {
        UserAccount account = newAccount(UserAccount.Role.TEACHER);
        accounts.disable(account.getId());
        assertThat(repository.findById(account.getId()).orElseThrow().isEnabled()).isFalse();
        assertThatThrownBy(() -> signInWithPassword(account.getUsername())).isInstanceOf(DisabledException.class);

        accounts.enable(account.getId());
        signInWithPassword(account.getUsername());
        assertThat(repository.findById(account.getId()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void an_administrator_cannot_disable_their_own_account() {
        long own = repository.findByUsername("admin").orElseThrow().getId();
        assertThatThrownBy(() -> accounts.disable(own)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.account.disableOwn");
        assertThat(repository.findById(own).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void unlocking_lifts_the_lock_of_repeated_failed_logins_at_once() {
        UserAccount account = newAccount(UserAccount.Role.STUDENT);
        for (int i = 0; i < 5; i++) {
            accounts.recordFailedLogin(account.getUsername(), "127.0.0.1");
        }
        assertThat(repository.findById(account.getId()).orElseThrow().getLockedUntil()).isAfter(Instant.now());
        assertThat(accounts.list(new AccountService.Filter(account.getUsername(), null, true), PageRequest.of(0, 5)))
                .singleElement().satisfies(row -> assertThat(row.locked()).isTrue());

        accounts.unlock(account.getId());
        UserAccount stored = repository.findById(account.getId()).orElseThrow();
        assertThat(stored.getLockedUntil()).isNull();
        assertThat(stored.getFailedAttempts()).isZero();
        signInWithPassword(account.getUsername());
        assertThat(accounts.list(new AccountService.Filter(account.getUsername(), null, true), PageRequest.of(0, 5)))
                .as("no longer among the blocked").isEmpty();
    }

    @Test
    void failed_sign_ins_arriving_together_are_all_counted_and_sign_ins_together_do_not_fail_each_other()
            throws Exception {
        UserAccount account = newAccount(UserAccount.Role.STUDENT);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            // four wrong passwords at the same moment: four failures counted, not one (no lock yet at five)
            var latch = new java.util.concurrent.CountDownLatch(1);
            var failures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 4; i++) {
                failures.add(pool.submit(() -> {
                    latch.await();
                    accounts.recordFailedLogin(account.getUsername(), "127.0.0.1");
                    return null;
                }));
            }
            latch.countDown();
            for (var f : failures) {
                f.get();
            }
            assertThat(repository.findById(account.getId()).orElseThrow().getFailedAttempts()).isEqualTo(4);
            accounts.recordFailedLogin(account.getUsername(), "127.0.0.1");
            UserAccount locked = repository.findById(account.getId()).orElseThrow();
            assertThat(locked.getLockedUntil()).isAfter(Instant.now());
            assertThat(locked.getFailedAttempts()).isZero();
            accounts.unlock(account.getId());

            // four sign-ins of the same account at the same moment: all recorded, none refused by the others
            var go = new java.util.concurrent.CountDownLatch(1);
            var signIns = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 4; i++) {
                signIns.add(pool.submit(() -> {
                    go.await();
                    accounts.recordSuccessfulLogin(account.getUsername());
                    return null;
                }));
            }
            go.countDown();
            for (var f : signIns) {
                f.get();
            }
            assertThat(repository.findById(account.getId()).orElseThrow().getLastLoginAt()).isNotNull();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void only_administrators_list_disable_enable_or_unlock_accounts() {
        UserAccount account = newAccount(UserAccount.Role.STUDENT);
        SignIn.as(accounts, "teacher");
        assertThatThrownBy(() -> accounts.disable(account.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.unlock(account.getId())).isInstanceOf(AccessDeniedException.class);
        SignIn.as(accounts, "student");
        assertThatThrownBy(() -> accounts.enable(account.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.list(new AccountService.Filter(null, null, false), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findById(account.getId()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void the_list_shows_whose_login_it_is_and_filters_by_role_and_text() {
        assertThat(accounts.list(new AccountService.Filter("петрова", UserAccount.Role.STUDENT, false),
                PageRequest.of(0, 10))).extracting(AccountRow::username).contains("student");
        assertThat(accounts.list(new AccountService.Filter(null, UserAccount.Role.ADMIN, false),
                PageRequest.of(0, 50))).extracting(AccountRow::username).contains("admin")
                .doesNotContain("teacher", "student");
        UserAccount disabled = newAccount(UserAccount.Role.TEACHER);
        accounts.disable(disabled.getId());
        assertThat(accounts.list(new AccountService.Filter(null, null, true), PageRequest.of(0, 500)))
                .extracting(AccountRow::username).contains(disabled.getUsername()).doesNotContain("admin");
    }
}
