package org.cathedra.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the session editor sends: an offering's session on {@code date}, either from {@code startPeriod} for
 * {@code hours} academic hours or, when {@code startPeriod} is null, from {@code startsAt} to {@code endsAt}.
 * With {@code weeklyUntil} it is a weekly series up to that date. {@code overrideReason} saves it despite hard
 * conflicts, and is recorded.
 */
public record SessionDraft(long offeringId, SessionKind kind, LocalDate date, @Nullable Integer startPeriod,
        int hours, @Nullable LocalTime startsAt, @Nullable LocalTime endsAt, long roomId,
        @Nullable RoomFeature requiredFeature, Set<Long> teacherIds, Set<String> cohorts, boolean includeEnrolled,
        @Nullable LocalDate weeklyUntil, boolean publish, @Nullable String overrideReason) {

    public SessionDraft {
        teacherIds = Set.copyOf(teacherIds);
        cohorts = Set.copyOf(cohorts);
    }

    /** The same draft with an override reason. */
    public SessionDraft overriding(@Nullable String reason) {
        return new SessionDraft(offeringId, kind, date, startPeriod, hours, startsAt, endsAt, roomId, requiredFeature,
                teacherIds, cohorts, includeEnrolled, weeklyUntil, publish, reason);
    }

    /** The same draft on another date, as one session. */
    public SessionDraft on(LocalDate other) {
        return new SessionDraft(offeringId, kind, other, startPeriod, hours, startsAt, endsAt, roomId, requiredFeature,
                teacherIds, cohorts, includeEnrolled, null, publish, overrideReason);
    }

    /** The same draft in another room. */
    public SessionDraft in(long otherRoomId) {
        return new SessionDraft(offeringId, kind, date, startPeriod, hours, startsAt, endsAt, otherRoomId,
                requiredFeature, teacherIds, cohorts, includeEnrolled, weeklyUntil, publish, overrideReason);
    }
}
