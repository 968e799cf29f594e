package org.cathedra.directory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds sign-in outcomes to the account lock; logs failures with the user name and address, never the password. */
@Component
class LoginAuditListener {

    private final AccountService accounts;

    LoginAuditListener(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        accounts.recordFailedLogin(String.valueOf(event.getAuthentication().getName()), address);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
