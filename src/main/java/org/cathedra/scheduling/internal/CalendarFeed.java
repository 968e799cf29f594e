package org.cathedra.scheduling.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.cathedra.shared.AbstractEntity;

/**
 * A person's private calendar feed: whoever holds the token reads that person's timetable, nothing else. Only the
 * token's SHA-256 is stored (as MariaDB's {@code SHA2(token, 256)} writes it: lower-case hex), so the database
 * cannot hand the address out again; the token is random enough that no salt is needed.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends AbstractEntity {

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false, columnDefinition = "CHAR(64)")
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    /** A feed for {@code token}, which is hashed here and not kept. */
    public CalendarFeed(long personId, String token, Instant createdAt) {
        this.personId = personId;
        this.tokenHash = hash(token);
        this.createdAt = createdAt;
    }

    /** The SHA-256 of a token's UTF-8 bytes, lower-case hex. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public long getPersonId() {
        return personId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
