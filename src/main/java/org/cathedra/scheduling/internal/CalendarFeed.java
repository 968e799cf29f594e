package org.cathedra.scheduling.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cathedra.shared.AbstractEntity;

/** A person's private calendar feed: whoever holds the token reads that person's timetable, nothing else. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends AbstractEntity {

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(nullable = false, length = 64, updatable = false)
    private String token;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(long personId, String token, Instant createdAt) {
        this.personId = personId;
        this.token = token;
        this.createdAt = createdAt;
    }

    public long getPersonId() {
        return personId;
    }

    public String getToken() {
        return token;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
