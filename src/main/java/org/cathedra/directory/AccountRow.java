package org.cathedra.directory;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A login as the administrator's list shows it: whose it is, its role, and whether it can be used. */
public record AccountRow(long id, String username, UserAccount.Role role, @Nullable String personName,
        boolean enabled, boolean locked, @Nullable Instant lockedUntil, @Nullable Instant lastLoginAt) {
}
