package org.cathedra.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cathedra.internship.InternshipFixture.Placed;
import org.cathedra.internship.InternshipFixture.Practice;
import org.cathedra.internship.LogbookEntry.Participation;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.cathedra.directory.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The logbook's validation, sign-off and locking rules on the real database. */
@CathedraTest
class LogbookServiceTest {

    @Autowired
    InternshipFixture fixture;
    @Autowired
    LogbookService logbook;
    @Autowired
    AccountService accounts;

    Practice practice;
    Placed placed;
    LocalDate today;

    @BeforeEach
    void setUp() {
        practice = fixture.practice(3);
        placed = fixture.placed(practice, "Дневникова");
        today = practice.startsOn().plusDays(30);
        as(placed.trainee().username());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void as(String username) {
        SignIn.as(accounts, username);
    }

    private EntryForm form(LocalDate date, String hours, String code, String reflection) {
        return new EntryForm(date, new BigDecimal(hours), practice.pedigreeTypeId(), Participation.ASSISTED, code,
                reflection);
    }

    private long entries() {
        return fixture.count("select count(*) from logbook_entry where placement_id = ?1", placed.placementId());
    }

    private void refused(Runnable action, String key) {
        long before = entries();
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
        assertThat(entries()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void a_trainee_records_an_entry_that_is_stored_and_audited_without_the_patient_code() {
        long id = logbook.record(placed.placementId(), form(today, "6.5", "gc-26-0141", "Разобрала родословную."),
                false);

        LogbookEntry stored = fixture.entry(id);
        assertThat(stored.getStatus()).isEqualTo(LogbookEntry.Status.PENDING);
        assertThat(stored.getPatientCode()).isEqualTo("GC-26-0141");
        assertThat(stored.getHours()).isEqualByComparingTo("6.5");
        assertThat(fixture.count("select count(*) from audit_record where entity_type = 'logbook_entry' and "
                + "entity_id = ?1 and action = 'recorded' and after_text not like '%GC-26%'", String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    void future_dates_dates_outside_the_placement_and_impossible_hours_are_refused() {
        refused(() -> logbook.record(placed.placementId(), form(LocalDate.now().plusDays(2), "2", null, null), false),
                "error.internship.futureDate");
        refused(() -> logbook.record(placed.placementId(), form(practice.startsOn().minusDays(1), "2", null, null),
                false), "error.internship.outsidePlacement");
        refused(() -> logbook.record(placed.placementId(), form(today, "0", null, null), false),
                "error.internship.hours");
        refused(() -> logbook.record(placed.placementId(), form(today, "24.5", null, null), false),
                "error.internship.dayFull");
        refused(() -> logbook.record(placed.placementId(), form(today, "-1", null, null), false),
                "error.internship.hours");
    }

    @Test
    void the_hours_of_one_day_add_up_to_at_most_twenty_four() {
        logbook.record(placed.placementId(), form(today.minusDays(1), "16", null, null), false);
        refused(() -> logbook.record(placed.placementId(), form(today.minusDays(1), "8.5", null, null), false),
                "error.internship.dayFull");
        logbook.record(placed.placementId(), form(today.minusDays(1), "8", null, null), false);
        assertThat(entries()).isEqualTo(2);
    }

    @Test
    void a_name_as_patient_code_is_refused_and_a_name_in_the_reflection_needs_confirming() {
        refused(() -> logbook.record(placed.placementId(), form(today, "2", "Иванова", null), false),
                "error.internship.patientCode");
        refused(() -> logbook.record(placed.placementId(), form(today, "2", "GC-1",
                "Консультировала Иванову Марию Петровну"), false), "warning.internship.looksLikeName");
        long id = logbook.record(placed.placementId(), form(today, "2", "GC-1",
                "Консультировала Иванову Марию Петровну"), true);
        assertThat(fixture.entry(id).getReflection()).contains("Петровну");
    }

    @Test
    void a_signed_entry_is_locked_for_the_trainee() {
        long id = logbook.record(placed.placementId(), form(today, "4", "GC-2", "Кариотип 46,XX."), false);
        as(practice.siteSupervisor().username());
        assertThat(logbook.sign(placed.placementId(), List.of(id))).isEqualTo(1);

        as(placed.trainee().username());
        LogbookEntry signed = fixture.entry(id);
        assertThatThrownBy(() -> logbook.edit(id, signed.getVersion(), form(today, "8", "GC-2", "Изменено."), false))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("error.internship.entrySigned");
        LogbookEntry after = fixture.entry(id);
        assertThat(after.getHours()).isEqualByComparingTo("4");
        assertThat(after.getReflection()).isEqualTo("Кариотип 46,XX.");
        assertThat(after.getStatus()).isEqualTo(LogbookEntry.Status.SIGNED);
        assertThat(after.getReviewedBy()).isEqualTo(practice.siteSupervisor().personId());
    }

    @Test
    void a_returned_entry_carries_the_comment_and_goes_back_to_pending_when_corrected() {
        long id = logbook.record(placed.placementId(), form(today, "4", "GC-3", null), false);
        as(practice.academicSupervisor().username());
        logbook.returnEntry(id, "Уточните тип наследования");
        assertThat(fixture.entry(id).getStatus()).isEqualTo(LogbookEntry.Status.RETURNED);

        as(placed.trainee().username());
        List<LogbookService.EntryRow> rows = logbook.entries(placed.placementId(), Locale.ENGLISH);
        assertThat(rows.getFirst().supervisorComment()).isEqualTo("Уточните тип наследования");
        logbook.edit(id, rows.getFirst().version(), form(today, "5", "GC-3", "Аутосомно-рецессивный."), false);
        assertThat(fixture.entry(id).getStatus()).isEqualTo(LogbookEntry.Status.PENDING);
        assertThat(fixture.entry(id).getHours()).isEqualByComparingTo("5");
    }

    @Test
    void signing_in_bulk_moves_the_progress_and_pending_entries_do_not_count() {
        logbook.record(placed.placementId(), form(today, "6", "GC-4", null), false);
        logbook.record(placed.placementId(), form(today.minusDays(2), "4", "GC-5", null), false);
        Progress before = logbook.summary(placed.placementId(), Locale.ENGLISH).progress();
        assertThat(before.hours().signed()).isEqualByComparingTo("0");
        assertThat(before.hours().pending()).isEqualByComparingTo("10");

        as(practice.siteSupervisor().username());
        assertThat(logbook.signAllPending(placed.placementId())).isEqualTo(2);

        Progress after = logbook.summary(placed.placementId(), Locale.ENGLISH).progress();
        assertThat(after.hours().signed()).isEqualByComparingTo("10");
        assertThat(after.hours().fraction()).isEqualTo(0.5);
        assertThat(after.counts()).extracting(m -> m.signed().intValue()).containsExactly(2, 0);
        assertThat(after.complete()).isFalse();
    }

    @Test
    void supervisors_see_only_their_trainees_and_trainees_only_their_own_logbook() {
        long id = logbook.record(placed.placementId(), form(today, "3", "GC-6", null), false);
        Placed classmate = fixture.placed(practice, "Соседова");

        // another trainee of the same site
        as(classmate.trainee().username());
        assertThatThrownBy(() -> logbook.entries(placed.placementId(), Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> logbook.record(placed.placementId(), form(today, "1", null, null), false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> logbook.edit(id, 0, form(today, "1", null, null), false))
                .isInstanceOf(NotFoundException.class);

        // the supervisor of another site
        as(practice.otherSiteSupervisor().username());
        assertThat(logbook.supervised(Locale.ENGLISH)).isEmpty();
        assertThatThrownBy(() -> logbook.entries(placed.placementId(), Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> logbook.sign(placed.placementId(), List.of(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> logbook.returnEntry(id, "no")).isInstanceOf(NotFoundException.class);

        // a supervisor crafting an entry id of another placement into a sign-off of their own
        long classmateEntry;
        as(classmate.trainee().username());
        classmateEntry = logbook.record(classmate.placementId(), form(today, "2", "GC-7", null), false);
        as(practice.siteSupervisor().username());
        assertThat(logbook.supervised(Locale.ENGLISH)).extracting(LogbookService.PlacementSummary::placementId)
                .contains(placed.placementId(), classmate.placementId());
        assertThatThrownBy(() -> logbook.sign(placed.placementId(), List.of(id, classmateEntry)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixture.entry(id).getStatus()).as("rolled back").isEqualTo(LogbookEntry.Status.PENDING);

        // a trainee cannot sign
        as(placed.trainee().username());
        assertThatThrownBy(() -> logbook.sign(placed.placementId(), List.of(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.entry(id).getStatus()).isEqualTo(LogbookEntry.Status.PENDING);
    }

    @Test
    void patient_codes_are_shown_to_the_trainee_and_supervisors_but_not_to_the_office() {
        logbook.record(placed.placementId(), form(today, "3", "GC-8", null), false);
        assertThat(logbook.entries(placed.placementId(), Locale.ENGLISH).getFirst().patientCode()).isEqualTo("GC-8");
        as(practice.academicSupervisor().username());
        assertThat(logbook.entries(placed.placementId(), Locale.ENGLISH).getFirst().patientCode()).isEqualTo("GC-8");
        as("admin");
        LogbookService.EntryRow seenByOffice = logbook.entries(placed.placementId(), Locale.ENGLISH).getFirst();
        assertThat(seenByOffice.patientCode()).isNull();
        assertThat(seenByOffice.hours()).isEqualByComparingTo("3");
    }
}
