package org.cathedra.directory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds sign-in outcomes to the account lock; logs failures with the user name and address, never the password.
 * When the database cannot record the outcome (a full disk, say), the sign-in itself is answered as usual and the
 * log says what was not recorded, instead of an error page at the door.
 */
@Component
class LoginAuditListener {

    private static final Logger log = LoggerFactory.getLogger(LoginAuditListener.class);

    private final AccountService accounts;

    LoginAuditListener(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        try {
            accounts.recordFailedLogin(String.valueOf(event.getAuthentication().getName()), address);
        } catch (RuntimeException e) {
            log.error("A failed sign-in from {} could not be counted: {}", address, NestedExceptionUtils.getMostSpecificCause(e).toString());
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        try {
            accounts.recordSuccessfulLogin(event.getAuthentication().getName());
        } catch (RuntimeException e) {
            log.error("The time of a sign-in could not be recorded: {}", NestedExceptionUtils.getMostSpecificCause(e).toString());
        }
    }
}
