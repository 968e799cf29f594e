package org.cathedra.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A login: user name, bcrypt password hash, one role, preferences, and the failed-login counter that locks the
 * account for a while after repeated failures.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    public static final int USERNAME_MAX = 60;
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{3," + USERNAME_MAX + "}$");

    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username = "";

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Role role = Role.STUDENT;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", unique = true)
    private @Nullable Person person;

    @Column(nullable = false, length = 5)
    private String language = "ru";

    @Column(name = "dark_theme", nullable = false)
    private boolean darkTheme;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Role role, @Nullable Person person) {
        this.username = normalizeUsername(username);
        this.passwordHash = passwordHash;
        this.role = role;
        this.person = person;
    }

    /** Lower-cases and checks a user name: 3 to 60 of a-z, 0-9, dot, dash, underscore. */
    public static String normalizeUsername(@Nullable String username) {
        String value = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(value).matches()) {
            throw new DomainException("error.username");
        }
        return value;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public @Nullable Person getPerson() {
        return person;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    /** Remembers the user's language; only Russian and English are offered. */
    public void setLocale(Locale locale) {
        String tag = locale.getLanguage();
        if (!"ru".equals(tag) && !"en".equals(tag)) {
            throw new DomainException("error.language", tag);
        }
        this.language = tag;
    }

    public boolean isDarkTheme() {
        return darkTheme;
    }

    public void setDarkTheme(boolean darkTheme) {
        this.darkTheme = darkTheme;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Lifts a lock after failed logins at once, as the administrator may. */
    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    /** The three roles; the Spring Security authority is {@code ROLE_} + name. */
    public enum Role { STUDENT, TEACHER, ADMIN }
}
