package org.cathedra.grading.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.cathedra.grading.Scale;
import org.cathedra.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of one student at one component. {@code value}/{@code excused} is the teacher's current entry (a
 * draft until published); {@code publishedValue}/{@code publishedExcused} is what the student sees.
 */
@Entity
@Table(name = "mark")
public class Mark extends AbstractEntity {

    @Column(name = "component_id", nullable = false, updatable = false)
    private long componentId;

    @Column(name = "student_id", nullable = false, updatable = false)
    private long studentId;

    @Column(nullable = false, updatable = false)
    private int attempt;

    @Column(name = "mark_value", precision = 5, scale = 2)
    private @Nullable BigDecimal value;

    @Column(nullable = false)
    private boolean excused;

    @Column(name = "published_value", precision = 5, scale = 2)
    private @Nullable BigDecimal publishedValue;

    @Column(name = "published_excused", nullable = false)
    private boolean publishedExcused;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", length = 60)
    private @Nullable String changedBy;

    protected Mark() {
    }

    public Mark(long componentId, long studentId, int attempt, Instant now) {
        this.componentId = componentId;
        this.studentId = studentId;
        this.attempt = attempt;
        this.changedAt = now;
    }

    /** Enters a value (a draft until published). */
    public void enter(Scale.Entry entry, @Nullable String actor, Instant now) {
        this.value = entry.value();
        this.excused = entry.excused();
        this.changedAt = now;
        this.changedBy = actor;
    }

    /** Makes the current entry what the student sees. */
    public boolean publish(Instant now) {
        if (!isDraft()) {
            return false;
        }
        publishedValue = value;
        publishedExcused = excused;
        publishedAt = now;
        return true;
    }

    /** Whether the current entry differs from what the student sees. */
    public boolean isDraft() {
        return publishedAt == null ? !entry().isEmpty()
                : !(Objects.equals(normal(value), normal(publishedValue)) && excused == publishedExcused);
    }

    private static @Nullable BigDecimal normal(@Nullable BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }

    public Scale.Entry entry() {
        return new Scale.Entry(value, excused);
    }

    public Scale.@Nullable Entry publishedEntry() {
        return publishedAt == null ? null : new Scale.Entry(publishedValue, publishedExcused);
    }

    public long getComponentId() {
        return componentId;
    }

    public long getStudentId() {
        return studentId;
    }

    public int getAttempt() {
        return attempt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }
}
