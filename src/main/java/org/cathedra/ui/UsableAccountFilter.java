package org.cathedra.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.CathedraUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a user whose login was disabled or whose person was deactivated after they signed in: at most
 * once per {@link #CHECK_EVERY} per session the account is read again (one indexed query), and if it may no longer be
 * used the session is invalidated, so the request goes on as an anonymous one (a page sends to the sign-in form, the
 * open UI is told its session has expired).
 */
class UsableAccountFilter extends OncePerRequestFilter {

    static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    private static final String CHECKED_AT = UsableAccountFilter.class.getName() + ".checkedAt";
    private static final Logger log = LoggerFactory.getLogger(UsableAccountFilter.class);

    private final AccountService accounts;

    UsableAccountFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof CathedraUser user) {
            long now = System.currentTimeMillis();
            Object checkedAt = session.getAttribute(CHECKED_AT);
            if (!(checkedAt instanceof Long at) || now - at >= CHECK_EVERY.toMillis()) {
                Boolean usable = usable(user);
                if (usable == null) {
                    // the database does not answer: the session stays as it is, the page says what the trouble is,
                    // and the account is read again on the next request
                } else if (usable) {
                    session.setAttribute(CHECKED_AT, now);
                } else {
                    log.info("Session of '{}' ended: the login is disabled or the person deactivated", user.username());
                    SecurityContextHolder.clearContext();
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }

    // whether the account may still be used; null when it cannot be read now (the database is away or overloaded)
    private @Nullable Boolean usable(CathedraUser user) {
        try {
            return accounts.isUsable(user.accountId());
        } catch (DataAccessException | TransactionException e) {
            log.debug("Account of '{}' not checked this time: {}", user.username(), e.toString());
            return null;
        }
    }
}
