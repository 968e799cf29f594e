package org.cathedra.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A session as the calendars show it: names resolved, times local to the institute. */
public record SessionView(long id, long version, long offeringId, String courseCode, String courseNameRu,
        String courseNameEn, String section, SessionKind kind, LocalDate date, LocalTime startsAt, LocalTime endsAt,
        @Nullable Integer startPeriod, int hours, long roomId, String roomCode, List<String> teacherNames,
        Set<Long> teacherIds, Set<String> cohorts, boolean includeEnrolled, @Nullable RoomFeature requiredFeature,
        boolean published, boolean cancelled, boolean moved, @Nullable Long seriesId, @Nullable String overrideReason,
        int sequence) {

    public SessionView {
        teacherNames = List.copyOf(teacherNames);
        teacherIds = Set.copyOf(teacherIds);
        cohorts = Set.copyOf(cohorts);
    }

    public String courseName(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? courseNameRu : courseNameEn;
    }

    /** The draft that reproduces this session, for editing it. */
    public SessionDraft toDraft() {
        return new SessionDraft(offeringId, kind, date, startPeriod, hours, startsAt, endsAt, roomId, requiredFeature,
                teacherIds, cohorts, includeEnrolled, null, published, overrideReason);
    }
}
