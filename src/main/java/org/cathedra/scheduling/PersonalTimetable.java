package org.cathedra.scheduling;

import java.time.LocalDate;
import java.util.List;
import org.cathedra.directory.Student;
import org.cathedra.scheduling.internal.Participants;
import org.cathedra.scheduling.internal.SessionRepository;
import org.springframework.stereotype.Component;

/**
 * The published sessions of one person: a teacher's own, or a student's (their cohort's and those of the offerings
 * in which they hold a seat). Callers check who may see them: the signed-in person, or the holder of their feed.
 */
@Component
class PersonalTimetable {

    private final SessionRepository sessions;
    private final Participants people;

    PersonalTimetable(SessionRepository sessions, Participants people) {
        this.sessions = sessions;
        this.people = people;
    }

    List<TimetableSession> of(long personId, LocalDate from, LocalDate to) {
        if (people.isTeacher(personId)) {
            return sessions.ofTeacher(personId, from, to).stream().filter(TimetableSession::isPublished).toList();
        }
        Student student = people.student(personId);
        if (student == null) {
            return List.of();
        }
        String cohort = student.getCohort() == null ? "" : student.getCohort();
        List<Long> offerings = people.offeringsOf(personId);
        return sessions.ofGroupOrOfferings(cohort, offerings.isEmpty() ? List.of(-1L) : offerings, from, to).stream()
                .filter(TimetableSession::isPublished)
                .filter(s -> s.getCohorts().contains(cohort)
                        || (s.isIncludeEnrolled() && offerings.contains(s.getOfferingId())))
                .toList();
    }
}
