package org.cathedra.directory;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How repeated failed logins are answered: after {@code maxFailures} failures in a row the account is locked for
 * {@code lockFor}.
 */
@ConfigurationProperties(prefix = "cathedra.login")
public record LoginPolicy(int maxFailures, Duration lockFor) {

    public LoginPolicy {
        if (maxFailures <= 0) {
            maxFailures = 5;
        }
        if (lockFor == null || lockFor.isNegative() || lockFor.isZero()) {
            lockFor = Duration.ofMinutes(15);
        }
    }
}
