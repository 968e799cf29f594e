package org.cathedra.directory;

import org.cathedra.shared.SearchPattern;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.cathedra.directory.internal.UserAccountRepository;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: sign-in lookup, password changes, preferences, and the failed-login lock. */
@Service
public class AccountService implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final LoginPolicy policy;
    private final Clock clock;
    private final AuditTrail trail;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            LoginPolicy policy, Clock clock, AuditTrail trail) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.policy = policy;
        this.clock = clock;
        this.trail = trail;
    }

    /** Looks up an account for Spring Security; a locked account is reported as locked. */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        UserAccount account = accounts.findWithPersonByUsername(name)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return CathedraUser.of(account, account.isLockedAt(clock.instant()));
    }

    /**
     * Whether the signed-in user's account may still be used (enabled, person not deactivated): asked now and then
     * during a session, so that deactivating a person or disabling a login also ends the sessions already open.
     */
    @PreAuthorize(Roles.ANY)
    @Transactional(readOnly = true)
    public boolean isUsable(long accountId) {
        return accounts.isUsable(accountId);
    }

    /** Counts a failed login for an existing account and locks it after too many; never logs the password. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailedLogin(String username, @Nullable String remoteAddress) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        if (accounts.countFailedLogin(name, policy.maxFailures(), now.plus(policy.lockFor())) == 0) {
            log.warn("Login failed for unknown user '{}' from {}", abbreviate(name), remoteAddress);
            return;
        }
        accounts.findByUsername(name).ifPresent(account -> {
            if (account.isLockedAt(now)) {
                log.warn("Login failed for '{}' from {}: account locked until {}", name, remoteAddress,
                        account.getLockedUntil());
            } else {
                log.warn("Login failed for '{}' from {} ({} in a row)", name, remoteAddress,
                        account.getFailedAttempts());
            }
        });
    }

    /** Clears the failure counter after a successful login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccessfulLogin(String username) {
        accounts.recordSignIn(username, clock.instant());
    }

    /** Changes the signed-in user's password; the current password is required and the new one has 12+ characters. */
    @PreAuthorize(Roles.ANY)
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = own();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new DomainException("error.password.current");
        }
        checkStrength(newPassword, account.getUsername());
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new DomainException("error.password.same");
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        log.info("Password changed for '{}'", account.getUsername());
    }

    /** Remembers the signed-in user's language. */
    @PreAuthorize(Roles.ANY)
    @Transactional
    public void changeOwnLanguage(Locale locale) {
        own().setLocale(locale);
    }

    /** Remembers whether the signed-in user prefers the dark theme. */
    @PreAuthorize(Roles.ANY)
    @Transactional
    public void changeOwnTheme(boolean dark) {
        own().setDarkTheme(dark);
    }

    /** The signed-in user's account, read fresh from the database. */
    @PreAuthorize(Roles.ANY)
    @Transactional(readOnly = true)
    public AccountSummary ownAccount() {
        UserAccount account = own();
        Person person = account.getPerson();
        return new AccountSummary(account.getUsername(), account.getRole(),
                person == null ? null : person.getFullName(), person == null ? null : person.getEmail(),
                account.getLocale(), account.isDarkTheme(), account.getLastLoginAt());
    }

    /** Creates a login for a person (or for an administrator without a person record). */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public long createAccount(String username, String password, UserAccount.Role role, @Nullable Person person) {
        String name = UserAccount.normalizeUsername(username);
        if (accounts.existsByUsername(name)) {
            throw new DomainException("error.username.taken", name);
        }
        checkStrength(password, name);
        UserAccount account = accounts.save(new UserAccount(name, passwordEncoder.encode(password), role, person));
        trail.saved(AuditTrail.ACCOUNT, account.getId(), null, AuditTrail.describe(account));
        return account.getId();
    }

    /** What the administrator's list asks for: a search text, a role, and whether only blocked logins are shown. */
    public record Filter(@Nullable String text, UserAccount.@Nullable Role role, boolean onlyBlocked) {
    }

    /** One page of logins matching {@code filter}, by user name unless the page asks for another order. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public Slice<AccountRow> list(Filter filter, Pageable pageable) {
        return accounts.findRows(SearchPattern.containing(filter.text()), filter.role(), filter.onlyBlocked(),
                clock.instant(), Pages.sorted(pageable, Sort.by("username")));
    }

    /** Disables a login so that it can no longer sign in; administrators cannot disable their own. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void disable(long accountId) {
        if (currentUser.require().accountId() == accountId) {
            throw new DomainException("error.account.disableOwn");
        }
        UserAccount account = find(accountId);
        boolean was = account.isEnabled();
        account.setEnabled(false);
        trail.stateChanged(AuditTrail.ACCOUNT, accountId, "disabled", "enabled", was, false);
        log.info("Account '{}' disabled by '{}'", account.getUsername(), currentUser.require().username());
    }

    /** Enables a disabled login again. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void enable(long accountId) {
        UserAccount account = find(accountId);
        boolean was = account.isEnabled();
        account.setEnabled(true);
        trail.stateChanged(AuditTrail.ACCOUNT, accountId, "enabled", "enabled", was, true);
        log.info("Account '{}' enabled by '{}'", account.getUsername(), currentUser.require().username());
    }

    /** Lifts the lock that repeated failed logins put on an account. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void unlock(long accountId) {
        UserAccount account = find(accountId);
        boolean was = account.isLockedAt(clock.instant());
        account.unlock();
        trail.stateChanged(AuditTrail.ACCOUNT, accountId, "unlocked", "locked", was, false);
        log.info("Account '{}' unlocked by '{}'", account.getUsername(), currentUser.require().username());
    }

    private UserAccount find(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account.entity", accountId));
    }

    static void checkStrength(@Nullable String password, String username) {
        if (password == null || password.length() < UserAccount.PASSWORD_MIN) {
            throw new DomainException("error.password.short", UserAccount.PASSWORD_MIN);
        }
        if (password.length() > UserAccount.PASSWORD_MAX) {
            throw new DomainException("error.password.long", UserAccount.PASSWORD_MAX);
        }
        // bcrypt reads at most 72 bytes: a longer password (Cyrillic letters take two) cannot be stored whole
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            throw new DomainException("error.password.bytes");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new DomainException("error.password.containsUsername");
        }
    }

    private UserAccount own() {
        long id = currentUser.require().accountId();
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("entity.account", id));
    }

    private static String abbreviate(String name) {
        return name.length() > 60 ? name.substring(0, 60) + "…" : name;
    }
}
