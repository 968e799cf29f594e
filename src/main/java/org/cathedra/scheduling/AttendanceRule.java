package org.cathedra.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cathedra.shared.DomainException;

/** The share of a course's sessions a student must attend (present or late), in per cent. */
@Entity
@Table(name = "attendance_rule")
public class AttendanceRule {

    @Id
    @Column(name = "course_id")
    private long courseId;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "minimum_percent", nullable = false)
    private int minimumPercent;

    protected AttendanceRule() {
    }

    AttendanceRule(long courseId, int minimumPercent) {
        this.courseId = courseId;
        require(minimumPercent);
    }

    void require(int percent) {
        if (percent < 1 || percent > 100) {
            throw new DomainException("error.attendance.minimum");
        }
        this.minimumPercent = percent;
    }

    public long getCourseId() {
        return courseId;
    }

    public int getMinimumPercent() {
        return minimumPercent;
    }
}
