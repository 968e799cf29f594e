package org.cathedra.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;

/** A time when a teacher cannot teach (a clinic day, a congress), local to the institute. */
@Entity
@Table(name = "teacher_unavailability")
public class TeacherUnavailability extends AbstractEntity {

    public static final int REASON_MAX = 200;

    @Column(name = "teacher_id", nullable = false)
    private long teacherId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(length = REASON_MAX)
    private @Nullable String reason;

    protected TeacherUnavailability() {
    }

    public TeacherUnavailability(long teacherId, LocalDateTime startsAt, LocalDateTime endsAt,
            @Nullable String reason) {
        if (!endsAt.isAfter(startsAt)) {
            throw new DomainException("error.unavailability.order");
        }
        this.teacherId = teacherId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = Text.optional(reason, "unavailability.reason", REASON_MAX);
    }

    public long getTeacherId() {
        return teacherId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public @Nullable String getReason() {
        return reason;
    }
}
