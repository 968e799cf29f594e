package org.cathedra.directory;

import org.cathedra.directory.internal.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A fresh production database has no accounts, so nobody could sign in: on start, if no account exists, the
 * administrator named by {@code cathedra.initial-admin.username} / {@code .password} (environment
 * CATHEDRA_INITIAL_ADMIN_USERNAME / _PASSWORD) is created. Runs after the demo data, which has its own admin.
 */
@Component
class InitialAdministrator {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Environment environment;

    InitialAdministrator(UserAccountRepository accounts, PasswordEncoder encoder, Environment environment) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void createIfNoAccountExists() {
        if (accounts.count() > 0) {
            return;
        }
        String username = environment.getProperty("cathedra.initial-admin.username");
        String password = environment.getProperty("cathedra.initial-admin.password");
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            log.warn("No account exists yet and none can sign in: set CATHEDRA_INITIAL_ADMIN_USERNAME and "
                    + "CATHEDRA_INITIAL_ADMIN_PASSWORD (12+ characters) and restart to create the first administrator");
            return;
        }
        String name = UserAccount.normalizeUsername(username);
        AccountService.checkStrength(password, name);
        try {
            accounts.saveAndFlush(new UserAccount(name, encoder.encode(password), UserAccount.Role.ADMIN, null));
        } catch (DataIntegrityViolationException e) {
            // two nodes of a cluster starting on one empty database: the other one was first
            log.info("First administrator '{}' was created by another node at the same time", name);
            return;
        }
        log.info("First administrator '{}' created; change the password after the first sign-in", name);
    }
}
