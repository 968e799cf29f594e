package org.cathedra.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cathedra.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** Whether a student came to one session: one row per session and student, changed when marked again. */
@Entity
@Table(name = "attendance_mark")
public class AttendanceMark extends AbstractEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "student_id", nullable = false, updatable = false)
    private long studentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Mark mark;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "marked_by", length = 60)
    private @Nullable String markedBy;

    protected AttendanceMark() {
    }

    AttendanceMark(long sessionId, long studentId, Mark mark, Instant at, @Nullable String by) {
        this.sessionId = sessionId;
        this.studentId = studentId;
        set(mark, at, by);
    }

    void set(Mark mark, Instant at, @Nullable String by) {
        this.mark = mark;
        this.markedAt = at;
        this.markedBy = by;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getStudentId() {
        return studentId;
    }

    public Mark getMark() {
        return mark;
    }

    /** The four marks; present and late count as attended. */
    public enum Mark {
        PRESENT, LATE, ABSENT, EXCUSED;

        public boolean attended() {
            return this == PRESENT || this == LATE;
        }
    }
}
