package org.cathedra.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.scheduling.internal.Participants;
import org.cathedra.scheduling.internal.SessionRepository;
import org.cathedra.scheduling.internal.UnavailabilityRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules a placed session must keep: nobody (teacher, room, cohort, enrolled student) in two places at once,
 * a room big enough for the attendees and offering the feature the session needs, and teachers available.
 * Intervals are half-open: a session ending at 10:35 and one starting at 10:35 do not clash. Cancelled sessions
 * take no room and no time.
 */
@Component
class ConflictRules {

    private final SessionRepository sessions;
    private final UnavailabilityRepository unavailability;
    private final Participants people;
    private final PeriodGrid grid;

    ConflictRules(SessionRepository sessions, UnavailabilityRepository unavailability, Participants people,
            PeriodGrid grid) {
        this.sessions = sessions;
        this.unavailability = unavailability;
        this.people = people;
        this.grid = grid;
    }

    /** A placement to check: one occurrence. {@code excludedIds} are the sessions it replaces. */
    record Placement(LocalDate date, LocalTime start, LocalTime end, Room room, @Nullable RoomFeature feature,
            Set<Long> teacherIds, Set<String> cohorts, long offeringId, boolean includeEnrolled,
            Set<Long> excludedIds) {
    }

    List<Conflict> check(Placement p) {
        Cache cache = new Cache();
        List<Conflict> found = new ArrayList<>();
        Set<Long> attendees = cache.attendees(p.offeringId, p.includeEnrolled, p.cohorts);
        for (TimetableSession other : sessions.activeOn(p.date)) {
            if (p.excludedIds.contains(other.getId()) || !other.overlaps(p.date, p.start, p.end)) {
                continue;
            }
            String label = cache.label(other);
            if (other.getRoomId() == p.room.getId()) {
                found.add(conflict(Conflict.Kind.ROOM, p, p.room.getCode(), label));
            }
            Set<Long> teachers = new HashSet<>(other.getTeacherIds());
            teachers.retainAll(p.teacherIds);
            Map<Long, String> names = people.names(teachers);
            teachers.stream().sorted().forEach(t -> found.add(conflict(Conflict.Kind.TEACHER, p, names.get(t), label)));
            Set<String> groups = new HashSet<>(other.getCohorts());
            groups.retainAll(p.cohorts);
            groups.stream().sorted().forEach(g -> found.add(conflict(Conflict.Kind.GROUP, p, g, label)));
            if (groups.isEmpty()) {
                Set<Long> both = new HashSet<>(cache.attendees(other.getOfferingId(), other.isIncludeEnrolled(),
                        other.getCohorts()));
                both.retainAll(attendees);
                if (!both.isEmpty()) {
                    long first = both.stream().sorted().findFirst().orElseThrow();
                    found.add(conflict(Conflict.Kind.STUDENT, p, String.valueOf(both.size()),
                            people.names(Set.of(first)).get(first), label));
                }
            }
        }
        if (attendees.size() > p.room.getCapacity()) {
            found.add(conflict(Conflict.Kind.CAPACITY, p, p.room.getCode(), String.valueOf(p.room.getCapacity()),
                    String.valueOf(attendees.size())));
        }
        if (p.feature != null && !p.room.has(p.feature)) {
            found.add(conflict(Conflict.Kind.FEATURE, p, p.room.getCode(), "room.feature." + p.feature.name()));
        }
        if (!p.teacherIds.isEmpty()) {
            List<TeacherUnavailability> away = new ArrayList<>(unavailability.overlapping(p.teacherIds,
                    p.date.atTime(p.start), p.date.atTime(p.end)));
            away.addAll(unavailability.weeklyOn(p.teacherIds, p.date.getDayOfWeek().getValue()).stream()
                    .filter(u -> u.covers(p.date, p.start, p.end, grid)).toList());
            if (!away.isEmpty()) {
                Map<Long, String> names = people.names(p.teacherIds);
                for (TeacherUnavailability u : away) {
                    String from;
                    String to;
                    if (u.getRecurrence() == TeacherUnavailability.Recurrence.WEEKLY) {
                        LocalTime[] span = u.on(p.date, grid);
                        from = p.date + " " + span[0];
                        to = p.date + " " + span[1];
                    } else {
                        from = u.getStartsAt().toString().replace('T', ' ');
                        to = u.getEndsAt().toString().replace('T', ' ');
                    }
                    found.add(conflict(Conflict.Kind.UNAVAILABLE, p, names.get(u.getTeacherId()), from, to,
                            u.getReason() == null ? "—" : u.getReason()));
                }
            }
        }
        return found;
    }

    private static Conflict conflict(Conflict.Kind kind, Placement p, String... args) {
        List<String> all = new ArrayList<>();
        all.add(p.date.toString());
        all.addAll(List.of(args));
        return new Conflict(kind, p.date, all);
    }

    /** Attendees and labels computed once per check. */
    private final class Cache {
        private final Map<Long, Set<Long>> enrolled = new HashMap<>();
        private final Map<Set<String>, Set<Long>> members = new HashMap<>();
        private final Map<Long, String> codes = new HashMap<>();

        Set<Long> attendees(long offeringId, boolean includeEnrolled, Set<String> cohorts) {
            Set<Long> all = new HashSet<>(members.computeIfAbsent(cohorts, people::members));
            if (includeEnrolled) {
                all.addAll(enrolled.computeIfAbsent(offeringId, people::enrolled));
            }
            return all;
        }

        String label(TimetableSession s) {
            String code = codes.computeIfAbsent(s.getOfferingId(), id -> {
                CourseOffering o = people.offering(id);
                return o == null ? "?" : o.getCourse().getCode() + "/" + o.getSection();
            });
            return code + " " + s.getStartsAt() + "–" + s.getEndsAt();
        }
    }
}
