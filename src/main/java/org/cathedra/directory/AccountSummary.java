package org.cathedra.directory;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What the profile page shows of the signed-in user's own account. */
public record AccountSummary(String username, UserAccount.Role role, @Nullable String fullName,
        @Nullable String email, Locale locale, boolean darkTheme, @Nullable Instant lastLoginAt) {
}
