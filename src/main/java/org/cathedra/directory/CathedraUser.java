package org.cathedra.directory;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security sees it: account, role, the person behind it, preferences. An account is
 * enabled only while its login is enabled and its person (if any) is not deactivated.
 */
public record CathedraUser(long accountId, String username, String passwordHash, UserAccount.Role role,
        @Nullable Long personId, String displayName, Locale locale, boolean darkTheme, boolean enabled,
        boolean locked) implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    static CathedraUser of(UserAccount account, boolean locked) {
        Person person = account.getPerson();
        return new CathedraUser(account.getId(), account.getUsername(), account.getPasswordHash(), account.getRole(),
                person == null ? null : person.getId(), person == null ? account.getUsername() : person.getFullName(),
                account.getLocale(), account.isDarkTheme(),
                account.isEnabled() && (person == null || person.isActive()), locked);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean is(UserAccount.Role other) {
        return role == other;
    }

    @Override
    public String toString() {
        // never print the hash
        return "CathedraUser[" + username + ", " + role + "]";
    }
}
