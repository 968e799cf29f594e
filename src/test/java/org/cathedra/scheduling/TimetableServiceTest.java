package org.cathedra.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cathedra.scheduling.ScheduleFixture.draft;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.cathedra.directory.AccountService;
import org.cathedra.shared.AuditedChange;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotificationRequested;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Series and their exceptions, drafts and publication, notices after publication, who may do what. */
@CathedraTest
@RecordApplicationEvents
class TimetableServiceTest {

    @Autowired
    TimetableService timetable;
    @Autowired
    ScheduleFixture fixture;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationEvents events;
    @Autowired
    EntityManager em;

    long teacher;
    long offering;
    LocalDate monday;

    @BeforeEach
    void setUp() {
        ScheduleFixture.Setting setting = fixture.officeSetting(accounts);
        teacher = setting.teacher();
        offering = setting.offering();
        monday = setting.monday();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private SessionDraft weekly(Room room, String cohort, int weeks, boolean publish) {
        return new SessionDraft(offering, SessionKind.LECTURE, monday, 1, 2, null, null, room.getId(), null,
                Set.of(teacher), Set.of(cohort), false, monday.plusWeeks(weeks - 1), publish, null);
    }

    @Test
    void a_weekly_series_makes_one_session_a_week_whose_occurrences_are_cancelled_or_moved_alone() {
        Room room = fixture.room(20);
        var group = fixture.cohort(2);
        List<Long> ids = timetable.save(null, 0, weekly(room, group.name(), 4, true));
        assertThat(ids).hasSize(4);
        List<SessionView> all = timetable.ofRoom(room.getId(), monday, monday.plusWeeks(4));
        assertThat(all).extracting(SessionView::date)
                .containsExactly(monday, monday.plusWeeks(1), monday.plusWeeks(2), monday.plusWeeks(3));
        assertThat(all).extracting(SessionView::seriesId).containsOnly(all.getFirst().seriesId()).doesNotContainNull();
        assertThat(all.getFirst().startsAt()).isEqualTo(LocalTime.of(9, 0));
        assertThat(all.getFirst().endsAt()).isEqualTo(LocalTime.of(10, 35));
        assertThat(all.getFirst().hours()).isEqualTo(2);

        SessionView second = timetable.get(ids.get(1));
        timetable.cancel(second.id(), second.version());
        SessionView third = timetable.get(ids.get(2));
        timetable.save(third.id(), third.version(), third.toDraft().on(monday.plusWeeks(2).plusDays(1)));

        assertThat(timetable.get(ids.get(0))).matches(s -> !s.cancelled() && !s.moved() && s.sequence() == 0);
        assertThat(timetable.get(ids.get(1))).matches(s -> s.cancelled() && s.sequence() == 1);
        assertThat(timetable.get(ids.get(2))).matches(s -> s.moved() && s.sequence() == 1
                && s.date().equals(monday.plusWeeks(2).plusDays(1)));
        assertThat(timetable.get(ids.get(3))).matches(s -> !s.cancelled() && !s.moved());
    }

    @Test
    void changes_to_a_published_session_notify_its_teachers_and_attendees_but_drafts_notify_nobody() {
        Room room = fixture.room(20);
        var group = fixture.cohort(2);
        long publishedId = timetable.save(null, 0, draft(offering, monday, 3, 2, room, Set.of(teacher),
                Set.of(group.name()), false, null).overriding(null)).getFirst();
        SessionView publishedView = timetable.get(publishedId);
        SessionDraft unpublished = new SessionDraft(offering, SessionKind.SEMINAR, monday, 3, 2, null, null,
                room.getId(), null, Set.of(teacher), Set.of(group.name()), false, null, false, null);
        long hidden = timetable.save(null, 0, unpublished.on(monday.plusDays(1))).getFirst();
        SessionView hiddenView = timetable.get(hidden);
        assertThat(hiddenView.published()).isFalse();
        timetable.save(hidden, hiddenView.version(), unpublished.on(monday.plusDays(2)));
        assertThat(events.stream(NotificationRequested.class)).isEmpty();

        timetable.save(publishedId, publishedView.version(), publishedView.toDraft().on(monday.plusDays(3)));
        List<NotificationRequested> told = events.stream(NotificationRequested.class).toList();
        assertThat(told).extracting(NotificationRequested::recipientPersonId)
                .containsExactlyInAnyOrder(teacher, group.ids().get(0), group.ids().get(1));
        assertThat(told).allMatch(n -> n.subjectKey().equals("session.notice.changed.subject")
                && n.arguments().contains(monday.plusDays(3).toString()) && "timetable".equals(n.link()));
        assertThat(events.stream(AuditedChange.class)).anyMatch(a -> a.action().equals("changed")
                && a.entityId().equals(String.valueOf(publishedId)) && "admin".equals(a.actor()));
    }

    @Test
    void publishing_the_drafts_of_an_offering_shows_them_to_its_students() {
        Room room = fixture.room(20);
        String username = fixture.studentWithLogin("G-PUB" + monday);
        SessionDraft draft = new SessionDraft(offering, SessionKind.SEMINAR, monday, 5, 2, null, null, room.getId(),
                null, Set.of(teacher), Set.of("G-PUB" + monday), false, null, false, null);
        timetable.save(null, 0, draft);

        SignIn.as(accounts, username);
        assertThat(timetable.mine(monday, monday.plusDays(6))).isEmpty();
        SignIn.as(accounts, "admin");
        assertThat(timetable.publishDrafts(offering)).isEqualTo(1);
        SignIn.as(accounts, username);
        assertThat(timetable.mine(monday, monday.plusDays(6))).extracting(SessionView::offeringId)
                .containsExactly(offering);
    }

    private SessionDraft unpublished(Room room, LocalDate date, int period, String cohort) {
        return new SessionDraft(offering, SessionKind.SEMINAR, date, period, 1, null, null, room.getId(), null,
                Set.of(teacher), Set.of(cohort), false, null, false, null);
    }

    @Test
    void publishing_all_drafts_of_a_week_publishes_them_in_one_go_and_leaves_other_weeks_and_cancelled_ones() {
        Room room = fixture.room(20);
        String cohort = fixture.cohort(1).name();
        long a = timetable.save(null, 0, unpublished(room, monday, 1, cohort)).getFirst();
        long b = timetable.save(null, 0, unpublished(room, monday.plusDays(4), 3, cohort)).getFirst();
        long cancelled = timetable.save(null, 0, unpublished(room, monday.plusDays(2), 1, cohort)).getFirst();
        timetable.cancel(cancelled, timetable.get(cancelled).version());
        long nextWeek = timetable.save(null, 0, unpublished(room, monday.plusWeeks(1), 1, cohort)).getFirst();

        TimetableService.PublishPlan plan = timetable.publishPlan(monday, monday.plusDays(6));
        assertThat(plan.drafts()).isEqualTo(2);
        assertThat(plan.conflicts()).isEmpty();
        assertThatThrownBy(() -> timetable.publishAll(monday, monday.plusDays(6), 3, null))
                .hasMessageContaining("error.publish.changed");
        assertThat(timetable.get(a).published()).isFalse();

        assertThat(timetable.publishAll(monday, monday.plusDays(6), 2, null)).isEqualTo(2);
        assertThat(List.of(a, b)).allMatch(id -> timetable.get(id).published());
        assertThat(List.of(cancelled, nextWeek)).noneMatch(id -> timetable.get(id).published());
        assertThat(events.stream(AuditedChange.class).filter(e -> e.action().equals("published")))
                .extracting(AuditedChange::entityId).containsExactlyInAnyOrder(String.valueOf(a), String.valueOf(b));
        assertThat(events.stream(NotificationRequested.class)).as("as for one session: drafts were never seen, "
                + "so publishing them is no change to tell about").isEmpty();
        assertThat(timetable.publishPlan(monday, monday.plusDays(6)).drafts()).isZero();
        assertThatThrownBy(() -> timetable.publishPlan(monday, monday.minusDays(1)))
                .hasMessageContaining("error.publish.range");
    }

    @Test
    void drafts_with_hard_conflicts_are_published_only_with_a_recorded_override_and_otherwise_not_at_all() {
        Room room = fixture.room(20);
        long clean = timetable.save(null, 0, unpublished(room, monday.plusDays(1), 1, fixture.cohort(1).name()))
                .getFirst();
        long first = timetable.save(null, 0, unpublished(room, monday, 2, fixture.cohort(1).name())).getFirst();
        // a second draft in the same room at the same time, saved with an override
        long second = timetable.save(null, 0, new SessionDraft(fixture.offering(), SessionKind.SEMINAR, monday, 2, 1,
                null, null, room.getId(), null, Set.of(fixture.teacher()), Set.of(fixture.cohort(1).name()), false,
                null, false, "Shared room agreed")).getFirst();

        TimetableService.PublishPlan plan = timetable.publishPlan(monday, monday.plusDays(6));
        assertThat(plan.drafts()).isEqualTo(3);
        assertThat(plan.conflicts()).extracting(Conflict::kind).containsExactly(Conflict.Kind.ROOM, Conflict.Kind.ROOM);

        assertThatThrownBy(() -> timetable.publishAll(monday, monday.plusDays(6), 3, "  "))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.publish.conflicts");
        assertThat(List.of(clean, first, second)).noneMatch(id -> timetable.get(id).published());
        assertThatThrownBy(() -> timetable.publishDrafts(offering)).hasMessageContaining("error.publish.conflicts");
        assertThat(timetable.get(clean).published()).isFalse();

        assertThat(timetable.publishAll(monday, monday.plusDays(6), 3, "Exam week, the dean agreed")).isEqualTo(3);
        assertThat(List.of(clean, first, second)).allMatch(id -> timetable.get(id).published());
        assertThat(timetable.get(first).overrideReason()).isEqualTo("Exam week, the dean agreed");
        assertThat(timetable.get(clean).overrideReason()).isNull();
        assertThat(events.stream(AuditedChange.class).filter(e -> e.action().equals("conflict.overridden")
                && "Exam week, the dean agreed".equals(e.reason()))).extracting(AuditedChange::entityId)
                .containsExactlyInAnyOrder(String.valueOf(first), String.valueOf(second));
    }

    @Test
    void the_override_is_recorded_in_the_audit_trail_with_its_conflicts() {
        Room room = fixture.room(20);
        timetable.save(null, 0, draft(offering, monday, 1, 2, room, Set.of(teacher), Set.of(fixture.cohort(1).name()),
                false, null));
        long id = timetable.save(null, 0, draft(fixture.offering(), monday, 2, 1, room, Set.of(fixture.teacher()),
                Set.of(fixture.cohort(1).name()), false, null).overriding("Exam moved by the dean")).getFirst();
        assertThat(events.stream(AuditedChange.class)).anyMatch(a -> a.action().equals("conflict.overridden")
                && a.entityId().equals(String.valueOf(id)) && "Exam moved by the dean".equals(a.reason())
                && a.after().contains("ROOM"));
        Number rows = (Number) em.createNativeQuery("""
                select count(*) from audit_record
                where entity_type = 'timetable_session' and entity_id = ?1 and action = 'conflict.overridden'
                """).setParameter(1, String.valueOf(id)).getSingleResult();
        assertThat(rows.intValue()).isEqualTo(1);
    }

    @Test
    void bad_drafts_are_refused_with_a_reason_and_change_nothing() {
        Room room = fixture.room(20);
        String cohort = fixture.cohort(1).name();
        assertThatThrownBy(() -> timetable.save(null, 0, draft(offering, monday, 9, 3, room, Set.of(teacher),
                Set.of(cohort), false, null))).isInstanceOf(DomainException.class).hasMessageContaining("error.session.periods");
        assertThatThrownBy(() -> timetable.save(null, 0, draft(offering, monday, 1, 2, room, Set.of(),
                Set.of(cohort), false, null))).hasMessageContaining("error.session.teachers");
        assertThatThrownBy(() -> timetable.save(null, 0, draft(offering, monday, 1, 2, room, Set.of(teacher),
                Set.of(), false, null))).hasMessageContaining("error.session.attendees");
        assertThatThrownBy(() -> timetable.save(null, 0, weekly(room, cohort, 41, true)))
                .hasMessageContaining("error.session.series");
        assertThat(timetable.ofRoom(room.getId(), monday, monday.plusWeeks(45))).isEmpty();
    }

    @Test
    void only_the_office_places_sessions_and_everyone_reads_only_their_own() {
        Room room = fixture.room(20);
        SessionDraft draft = draft(offering, monday, 1, 2, room, Set.of(teacher), Set.of(fixture.cohort(1).name()),
                false, null);
        SignIn.as(accounts, "student");
        assertThatThrownBy(() -> timetable.save(null, 0, draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timetable.ofRoom(room.getId(), monday, monday)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(accounts, "teacher");
        assertThatThrownBy(() -> timetable.check(null, draft)).isInstanceOf(AccessDeniedException.class);
        assertThat(timetable.mine(monday, monday.plusDays(6))).isEmpty();
    }
}
