package org.cathedra.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * A time when a teacher cannot teach, local to the institute: either a span of dates and times (a congress) or a
 * range of academic hours on one weekday every week (a clinic day). A weekly entry keeps its periods, not times,
 * so it follows the period grid.
 */
@Entity
@Table(name = "teacher_unavailability")
public class TeacherUnavailability extends AbstractEntity {

    public static final int REASON_MAX = 200;

    /** The two shapes of unavailability. */
    public enum Recurrence { WEEKLY, DATES }

    @Column(name = "teacher_id", nullable = false)
    private long teacherId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Recurrence recurrence = Recurrence.DATES;

    @Column(name = "starts_at")
    private @Nullable LocalDateTime startsAt;

    @Column(name = "ends_at")
    private @Nullable LocalDateTime endsAt;

    /** ISO day of the week, 1 = Monday. */
    @Column(name = "weekday")
    private @Nullable Integer weekday;

    @Column(name = "first_period")
    private @Nullable Integer firstPeriod;

    @Column(name = "last_period")
    private @Nullable Integer lastPeriod;

    @Column(length = REASON_MAX)
    private @Nullable String reason;

    protected TeacherUnavailability() {
    }

    /** A span of dates and times. */
    public TeacherUnavailability(long teacherId, LocalDateTime startsAt, LocalDateTime endsAt,
            @Nullable String reason) {
        this.teacherId = teacherId;
        during(startsAt, endsAt, reason);
    }

    /** Academic hours {@code firstPeriod} to {@code lastPeriod} of every {@code day}. */
    public TeacherUnavailability(long teacherId, DayOfWeek day, int firstPeriod, int lastPeriod,
            @Nullable String reason) {
        this.teacherId = teacherId;
        weekly(day, firstPeriod, lastPeriod, reason);
    }

    /** An entry of {@code teacherId} still to be given its time by {@link #during} or {@link #weekly}. */
    static TeacherUnavailability of(long teacherId) {
        TeacherUnavailability u = new TeacherUnavailability();
        u.teacherId = teacherId;
        return u;
    }

    /** Makes this a span of dates and times. */
    void during(LocalDateTime from, LocalDateTime to, @Nullable String why) {
        if (!to.isAfter(from)) {
            throw new DomainException("error.unavailability.order");
        }
        recurrence = Recurrence.DATES;
        startsAt = from;
        endsAt = to;
        weekday = null;
        firstPeriod = null;
        lastPeriod = null;
        reason = Text.optional(why, "unavailability.reason", REASON_MAX);
    }

    /** Makes this a weekly range of academic hours. */
    void weekly(DayOfWeek day, int first, int last, @Nullable String why) {
        if (last < first) {
            throw new DomainException("error.unavailability.order");
        }
        if (first < 1) {
            throw new DomainException("error.unavailability.periods", first);
        }
        recurrence = Recurrence.WEEKLY;
        startsAt = null;
        endsAt = null;
        weekday = day.getValue();
        firstPeriod = first;
        lastPeriod = last;
        reason = Text.optional(why, "unavailability.reason", REASON_MAX);
    }

    /**
     * The time this entry takes on {@code date}, clipped to that day, or null when it takes none; weekly periods
     * are read on {@code grid} (periods beyond a shortened grid end with its last).
     */
    public @Nullable LocalTime[] on(LocalDate date, PeriodGrid grid) {
        if (recurrence == Recurrence.WEEKLY) {
            if (date.getDayOfWeek().getValue() != weekday || firstPeriod > grid.periods()) {
                return null;
            }
            return new LocalTime[] {grid.start(firstPeriod), grid.end(Math.min(lastPeriod, grid.periods()))};
        }
        LocalDateTime dayStart = date.atStartOfDay();
        LocalDateTime dayEnd = date.plusDays(1).atStartOfDay();
        if (!startsAt.isBefore(dayEnd) || !endsAt.isAfter(dayStart)) {
            return null;
        }
        LocalTime from = startsAt.isAfter(dayStart) ? startsAt.toLocalTime() : LocalTime.MIN;
        LocalTime to = endsAt.isBefore(dayEnd) ? endsAt.toLocalTime() : LocalTime.MAX;
        return new LocalTime[] {from, to};
    }

    /** Whether this entry keeps the teacher away for any part of {@code start}-{@code end} on {@code date}. */
    public boolean covers(LocalDate date, LocalTime start, LocalTime end, PeriodGrid grid) {
        LocalTime[] span = on(date, grid);
        return span != null && span[0].isBefore(end) && start.isBefore(span[1]);
    }

    /** Whether this entry and {@code other} (of the same teacher) take the same time: a duplicate. */
    boolean overlaps(TeacherUnavailability other) {
        if (recurrence != other.recurrence) {
            return false;
        }
        if (recurrence == Recurrence.WEEKLY) {
            return weekday.equals(other.weekday) && firstPeriod <= other.lastPeriod
                    && other.firstPeriod <= lastPeriod;
        }
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    /** A short description for the audit trail. */
    public String describe() {
        String when = recurrence == Recurrence.WEEKLY
                ? "weekly " + DayOfWeek.of(weekday) + " periods " + firstPeriod + "-" + lastPeriod
                : startsAt + " - " + endsAt;
        return "teacher " + teacherId + ", " + when + (reason == null ? "" : ", " + reason);
    }

    public long getTeacherId() {
        return teacherId;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    /** Start of a span of dates; null for a weekly entry. */
    public @Nullable LocalDateTime getStartsAt() {
        return startsAt;
    }

    /** End of a span of dates; null for a weekly entry. */
    public @Nullable LocalDateTime getEndsAt() {
        return endsAt;
    }

    /** The weekday of a weekly entry; null for a span of dates. */
    public @Nullable DayOfWeek getWeekday() {
        return weekday == null ? null : DayOfWeek.of(weekday);
    }

    public @Nullable Integer getFirstPeriod() {
        return firstPeriod;
    }

    public @Nullable Integer getLastPeriod() {
        return lastPeriod;
    }

    public @Nullable String getReason() {
        return reason;
    }
}
