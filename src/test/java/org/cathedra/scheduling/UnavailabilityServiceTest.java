package org.cathedra.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.cathedra.directory.AccountService;
import org.cathedra.scheduling.TeacherUnavailability.Recurrence;
import org.cathedra.scheduling.UnavailabilityService.Draft;
import org.cathedra.scheduling.UnavailabilityService.Entry;
import org.cathedra.shared.AuditedChange;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Teachers' unavailable times on the real database: who may keep whose, and every refusal. */
@CathedraTest
@RecordApplicationEvents
class UnavailabilityServiceTest {

    private static final LocalDate CONGRESS = LocalDate.of(2033, 3, 14);

    @Autowired
    UnavailabilityService service;
    @Autowired
    ScheduleFixture fixture;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationEvents events;

    ScheduleFixture.Login me;
    ScheduleFixture.Login colleague;

    @BeforeEach
    void setUp() {
        me = fixture.teacherWithLogin();
        colleague = fixture.teacherWithLogin();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_teacher_keeps_her_own_weekly_and_dated_times_and_each_change_is_audited() {
        SignIn.as(accounts, me.username());
        assertThat(service.teachers()).extracting(TimetableService.Choice::id).containsExactly(me.personId());
        long weekly = service.add(me.personId(), Draft.weekly(DayOfWeek.TUESDAY, 1, 4, "Clinic day"));
        long dated = service.add(me.personId(), Draft.dates(CONGRESS, 1, CONGRESS.plusDays(2), 10, "Congress"));

        List<Entry> mine = service.of(me.personId());
        assertThat(mine).extracting(Entry::id).containsExactly(weekly, dated);
        assertThat(mine.getFirst()).matches(e -> e.recurrence() == Recurrence.WEEKLY
                && e.weekday() == DayOfWeek.TUESDAY && e.firstPeriod() == 1 && e.lastPeriod() == 4);
        assertThat(mine.get(1)).matches(e -> e.startsAt().equals(LocalDateTime.of(2033, 3, 14, 9, 0))
                && e.endsAt().equals(LocalDateTime.of(2033, 3, 16, 18, 20)) && e.firstPeriod() == 1
                && e.lastPeriod() == 10);

        Entry first = mine.getFirst();
        service.change(first.id(), first.version(), Draft.weekly(DayOfWeek.THURSDAY, 2, 3, "Clinic day moved"));
        assertThat(service.of(me.personId()).getFirst()).matches(e -> e.weekday() == DayOfWeek.THURSDAY
                && e.reason().equals("Clinic day moved"));
        Entry second = service.of(me.personId()).get(1);
        service.remove(second.id(), second.version());
        assertThat(service.of(me.personId())).extracting(Entry::id).containsExactly(weekly);

        assertThat(events.stream(AuditedChange.class).filter(a -> a.entityType().equals("teacher_unavailability")))
                .extracting(AuditedChange::action).containsExactly("created", "created", "changed", "removed");
        assertThat(events.stream(AuditedChange.class)).allMatch(a -> me.username().equals(a.actor()));
    }

    @Test
    void the_office_keeps_any_teachers_times() {
        SignIn.as(accounts, "admin");
        assertThat(service.teachers()).extracting(TimetableService.Choice::id)
                .contains(me.personId(), colleague.personId());
        long id = service.add(colleague.personId(), Draft.weekly(DayOfWeek.FRIDAY, 5, 6, "Department meeting"));
        assertThat(service.of(colleague.personId())).extracting(Entry::id).containsExactly(id);
        assertThat(events.stream(AuditedChange.class)).anyMatch(a -> a.action().equals("created")
                && a.entityId().equals(String.valueOf(id)) && "admin".equals(a.actor())
                && a.after().contains("FRIDAY periods 5-6"));
    }

    @Test
    void a_teacher_cannot_see_or_touch_another_teachers_times_even_with_a_crafted_id() {
        SignIn.as(accounts, colleague.username());
        long theirs = service.add(colleague.personId(), Draft.weekly(DayOfWeek.MONDAY, 1, 2, "Clinic"));
        long version = service.of(colleague.personId()).getFirst().version();

        SignIn.as(accounts, me.username());
        assertThatThrownBy(() -> service.of(colleague.personId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.add(colleague.personId(), Draft.weekly(DayOfWeek.MONDAY, 3, 4, "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.change(theirs, version, Draft.weekly(DayOfWeek.MONDAY, 5, 6, "mine now")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("scheduling.record.unavailability");
        assertThatThrownBy(() -> service.remove(theirs, version)).isInstanceOf(NotFoundException.class);

        SignIn.as(accounts, colleague.username());
        assertThat(service.of(colleague.personId())).singleElement()
                .matches(e -> e.id() == theirs && e.version() == version && e.firstPeriod() == 1
                        && e.reason().equals("Clinic"));
        SignIn.as(accounts, "student");
        assertThatThrownBy(() -> service.of(colleague.personId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.teachers()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_times_are_refused_with_a_clear_reason_and_change_nothing() {
        SignIn.as(accounts, me.username());
        long kept = service.add(me.personId(), Draft.weekly(DayOfWeek.WEDNESDAY, 3, 5, "Clinic"));
        service.add(me.personId(), Draft.dates(CONGRESS, 1, CONGRESS, 10, "Conference"));

        refused(Draft.dates(CONGRESS.plusDays(5), 1, CONGRESS.plusDays(4), 10, "Back to front"),
                "error.unavailability.order");
        refused(Draft.dates(CONGRESS.plusDays(5), 6, CONGRESS.plusDays(5), 5, "Hours back to front"),
                "error.unavailability.order");
        refused(Draft.weekly(DayOfWeek.MONDAY, 4, 2, "Back to front"), "error.unavailability.order");
        refused(Draft.weekly(DayOfWeek.MONDAY, 9, 11, "Evening"), "error.unavailability.periods");
        refused(Draft.weekly(DayOfWeek.MONDAY, 0, 2, "Night"), "error.unavailability.periods");
        refused(Draft.weekly(DayOfWeek.WEDNESDAY, 5, 7, "Overlaps the clinic"), "error.unavailability.overlap");
        refused(Draft.dates(CONGRESS.minusDays(1), 1, CONGRESS, 2, "Overlaps the conference"),
                "error.unavailability.overlap");
        refused(Draft.weekly(DayOfWeek.MONDAY, 1, 2, "  "), "error.required");
        refused(new Draft(Recurrence.WEEKLY, null, null, null, 1, 2, "No day"), "error.required");
        refused(new Draft(Recurrence.DATES, null, CONGRESS, null, 1, 2, "No end"), "error.required");
        refused(Draft.weekly(DayOfWeek.MONDAY, 1, 2, "x".repeat(TeacherUnavailability.REASON_MAX + 1)),
                "error.tooLong");

        Entry clinic = service.of(me.personId()).getFirst();
        assertThatThrownBy(() -> service.change(kept, clinic.version(),
                Draft.dates(CONGRESS, 2, CONGRESS, 3, "Onto the conference")))
                .hasMessageContaining("error.unavailability.overlap");
        assertThatThrownBy(() -> service.change(kept, clinic.version() + 1, Draft.weekly(DayOfWeek.MONDAY, 1, 1,
                "stale"))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        // the entry itself may keep its own time: it does not overlap itself
        service.change(kept, clinic.version(), Draft.weekly(DayOfWeek.WEDNESDAY, 3, 6, "Clinic, longer"));
        assertThat(service.of(me.personId())).hasSize(2).first()
                .matches(e -> e.lastPeriod() == 6 && e.reason().equals("Clinic, longer"));
    }

    private void refused(Draft draft, String key) {
        List<Entry> before = service.of(me.personId());
        assertThatThrownBy(() -> service.add(me.personId(), draft)).isInstanceOf(DomainException.class)
                .hasMessageContaining(key);
        assertThat(service.of(me.personId())).isEqualTo(before);
    }
}
