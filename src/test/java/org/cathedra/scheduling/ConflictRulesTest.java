package org.cathedra.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cathedra.scheduling.ScheduleFixture.draft;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.cathedra.directory.AccountService;
import org.cathedra.shared.DomainException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each conflict rule on the real database, with its edge cases. */
@CathedraTest
class ConflictRulesTest {

    @Autowired
    TimetableService timetable;
    @Autowired
    UnavailabilityService unavailability;
    @Autowired
    ScheduleFixture fixture;
    @Autowired
    AccountService accounts;

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

    private static List<Conflict.Kind> kinds(List<Conflict> conflicts) {
        return conflicts.stream().map(Conflict::kind).toList();
    }

    @Test
    void the_same_teacher_in_two_rooms_at_once_clashes_but_touching_end_to_start_does_not() {
        var group = fixture.cohort(2);
        timetable.save(null, 0, draft(offering, monday, 1, 2, fixture.room(30), Set.of(teacher), Set.of(group.name()),
                false, null));
        var other = fixture.cohort(2);
        long otherOffering = fixture.offering(teacher);

        List<Conflict> overlapping = timetable.check(null, draft(otherOffering, monday, 2, 2, fixture.room(30),
                Set.of(teacher), Set.of(other.name()), false, null));
        assertThat(kinds(overlapping)).containsExactly(Conflict.Kind.TEACHER);
        assertThat(overlapping.getFirst().arguments()).contains(monday.toString());

        // periods 1-2 end at 10:35 and period 3 starts at 10:50; a free-time session from 10:35 only touches them
        SessionDraft touching = new SessionDraft(otherOffering, SessionKind.LECTURE, monday, null, 0,
                LocalTime.of(10, 35), LocalTime.of(11, 20), fixture.room(30).getId(), null, Set.of(teacher),
                Set.of(other.name()), false, null, true, null);
        assertThat(timetable.check(null, touching)).isEmpty();
    }

    @Test
    void a_room_holds_one_session_at_a_time_and_a_cancelled_session_frees_it() {
        var room = fixture.room(30);
        long id = timetable.save(null, 0, draft(offering, monday, 3, 2, room, Set.of(teacher),
                Set.of(fixture.cohort(1).name()), false, null)).getFirst();
        SessionDraft elsewhere = draft(fixture.offering(), monday, 4, 1, room, Set.of(fixture.teacher()),
                Set.of(fixture.cohort(1).name()), false, null);
        assertThat(kinds(timetable.check(null, elsewhere))).containsExactly(Conflict.Kind.ROOM);

        timetable.cancel(id, timetable.get(id).version());
        assertThat(timetable.check(null, elsewhere)).isEmpty();
        assertThat(timetable.get(id).cancelled()).isTrue();
    }

    @Test
    void a_group_cannot_attend_two_sessions_at_once() {
        var group = fixture.cohort(3);
        timetable.save(null, 0, draft(offering, monday, 5, 2, fixture.room(30), Set.of(teacher), Set.of(group.name()),
                false, null));
        List<Conflict> found = timetable.check(null, draft(fixture.offering(), monday, 6, 2, fixture.room(30),
                Set.of(fixture.teacher()), Set.of(group.name()), false, null));
        assertThat(kinds(found)).containsExactly(Conflict.Kind.GROUP);
        assertThat(found.getFirst().arguments()).contains(group.name());
    }

    @Test
    void an_enrolled_student_of_another_offering_cannot_be_in_two_places_at_once() {
        var group = fixture.cohort(2);
        long enrolledIn = fixture.offering(fixture.teacher());
        fixture.enrol(group.ids().getFirst(), enrolledIn);
        timetable.save(null, 0, draft(enrolledIn, monday.plusDays(1), 1, 2, fixture.room(30),
                Set.of(fixture.teacher()), Set.of(), true, null));

        List<Conflict> found = timetable.check(null, draft(offering, monday.plusDays(1), 2, 1, fixture.room(30),
                Set.of(teacher), Set.of(group.name()), false, null));
        assertThat(kinds(found)).containsExactly(Conflict.Kind.STUDENT);
        assertThat(found.getFirst().arguments().get(1)).isEqualTo("1");
    }

    @Test
    void a_room_too_small_for_the_attendees_or_without_the_needed_feature_is_a_conflict() {
        var group = fixture.cohort(3);
        fixture.enrol(fixture.cohort(1).ids().getFirst(), offering);
        var small = fixture.room(3, RoomFeature.SEMINAR_ROOM);
        List<Conflict> found = timetable.check(null, draft(offering, monday.plusDays(2), 1, 2, small,
                Set.of(teacher), Set.of(group.name()), true, RoomFeature.MOLECULAR_LAB));
        assertThat(kinds(found)).containsExactlyInAnyOrder(Conflict.Kind.CAPACITY, Conflict.Kind.FEATURE);
        assertThat(found).filteredOn(c -> c.kind() == Conflict.Kind.CAPACITY).first()
                .extracting(Conflict::arguments).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains("3", "4");

        var lab = fixture.room(4, RoomFeature.MOLECULAR_LAB);
        assertThat(timetable.check(null, draft(offering, monday.plusDays(2), 1, 2, lab, Set.of(teacher),
                Set.of(group.name()), true, RoomFeature.MOLECULAR_LAB))).isEmpty();
    }

    @Test
    void a_teacher_is_not_placed_when_unavailable_and_is_again_right_after() {
        LocalDate day = monday.plusDays(3);
        // periods 1-2: 09:00-10:35
        unavailability.add(teacher, UnavailabilityService.Draft.dates(day, 1, day, 2, "Clinic"));
        var group = fixture.cohort(1);
        List<Conflict> found = timetable.check(null, draft(offering, day, 2, 1, fixture.room(30), Set.of(teacher),
                Set.of(group.name()), false, null));
        assertThat(kinds(found)).containsExactly(Conflict.Kind.UNAVAILABLE);
        assertThat(found.getFirst().arguments()).contains("Clinic");
        assertThat(timetable.check(null, draft(offering, day, 3, 2, fixture.room(30), Set.of(teacher),
                Set.of(group.name()), false, null))).isEmpty();
    }

    @Test
    void a_weekly_unavailability_keeps_a_teacher_away_on_that_weekday_every_week_and_only_in_its_hours() {
        unavailability.add(teacher, UnavailabilityService.Draft.weekly(DayOfWeek.MONDAY, 3, 4, "Clinic day"));
        var group = fixture.cohort(1);
        LocalDate later = monday.plusWeeks(7);
        List<Conflict> found = timetable.check(null, draft(offering, later, 4, 2, fixture.room(30), Set.of(teacher),
                Set.of(group.name()), false, null));
        assertThat(kinds(found)).containsExactly(Conflict.Kind.UNAVAILABLE);
        assertThat(found.getFirst().arguments()).contains(later + " 10:50", later + " 12:25", "Clinic day");
        assertThat(timetable.check(null, draft(offering, later, 1, 2, fixture.room(30), Set.of(teacher),
                Set.of(group.name()), false, null))).as("periods 1-2 end before period 3 starts").isEmpty();
        assertThat(timetable.check(null, draft(offering, later.plusDays(1), 3, 2, fixture.room(30), Set.of(teacher),
                Set.of(group.name()), false, null))).as("a Tuesday").isEmpty();
    }

    @Test
    void a_hard_conflict_is_saved_only_with_an_override_reason() {
        var room = fixture.room(30);
        timetable.save(null, 0, draft(offering, monday.plusDays(4), 1, 2, room, Set.of(teacher),
                Set.of(fixture.cohort(1).name()), false, null));
        SessionDraft clash = draft(fixture.offering(), monday.plusDays(4), 1, 2, room, Set.of(fixture.teacher()),
                Set.of(fixture.cohort(1).name()), false, null);
        assertThatThrownBy(() -> timetable.save(null, 0, clash)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.session.conflicts");
        assertThat(timetable.ofRoom(room.getId(), monday, monday.plusDays(6))).hasSize(1);

        long id = timetable.save(null, 0, clash.overriding("Joint session agreed with the department")).getFirst();
        assertThat(timetable.get(id).overrideReason()).isEqualTo("Joint session agreed with the department");
        assertThat(timetable.ofRoom(room.getId(), monday, monday.plusDays(6))).hasSize(2);
    }

    @Test
    void editing_a_session_does_not_clash_with_itself() {
        var room = fixture.room(30);
        long id = timetable.save(null, 0, draft(offering, monday.plusDays(5), 1, 2, room, Set.of(teacher),
                Set.of(fixture.cohort(1).name()), false, null)).getFirst();
        SessionView saved = timetable.get(id);
        SessionDraft later = new SessionDraft(offering, saved.kind(), saved.date(), 2, 2, null, null, room.getId(),
                null, saved.teacherIds(), saved.cohorts(), false, null, true, null);
        assertThat(timetable.check(id, later)).isEmpty();
        timetable.save(id, saved.version(), later);
        assertThat(timetable.get(id).startsAt()).isEqualTo(LocalTime.of(9, 50));
    }
}
