package org.cathedra.grading.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a gradebook cell's history; never changed once written. */
@Entity
@Table(name = "mark_change")
public class MarkChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "mark_id", nullable = false, updatable = false)
    private long markId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(length = 60, updatable = false)
    private @Nullable String actor;

    @Column(nullable = false, length = 20, updatable = false)
    private String action;

    @Column(name = "before_text", length = 40, updatable = false)
    private @Nullable String before;

    @Column(name = "after_text", length = 40, updatable = false)
    private @Nullable String after;

    @Column(length = 500, updatable = false)
    private @Nullable String reason;

    protected MarkChange() {
    }

    public MarkChange(long markId, Instant at, @Nullable String actor, String action, @Nullable String before,
            @Nullable String after, @Nullable String reason) {
        this.markId = markId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.before = before;
        this.after = after;
        this.reason = reason;
    }

    public long getMarkId() {
        return markId;
    }

    public Instant getAt() {
        return at;
    }

    public @Nullable String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public @Nullable String getBefore() {
        return before;
    }

    public @Nullable String getAfter() {
        return after;
    }

    public @Nullable String getReason() {
        return reason;
    }
}
