package org.cathedra.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cathedra.directory.AccountService;
import org.cathedra.internship.InternshipFixture.Login;
import org.cathedra.internship.InternshipFixture.Practice;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.NotificationRequested;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Preferences, the assignment run and adjustments by hand, on the real database. */
@CathedraTest
@RecordApplicationEvents
class PlacementServiceTest {

    @Autowired
    InternshipFixture fixture;
    @Autowired
    PlacementService placements;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void learners_rank_offers_and_the_run_respects_slots_and_choices_and_tells_everyone() {
        Practice practice = fixture.practice(2);
        long first = practice.offerIds().get(0);
        long second = practice.offerIds().get(1);
        List<Login> learners = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Login learner = fixture.trainee(practice, "Выборова" + i);
            learners.add(learner);
            SignIn.as(accounts, learner.username());
            placements.savePreferences(practice.periodId(), i < 4 ? List.of(first, second) : List.of(second));
        }
        SignIn.as(accounts, learners.get(0).username());
        PlacementService.MyChoices choices = placements.myChoices(Locale.ENGLISH).stream()
                .filter(c -> c.periodId() == practice.periodId()).findFirst().orElseThrow();
        assertThat(choices.ranking()).containsExactly(first, second);
        assertThat(choices.offers()).hasSize(2);

        SignIn.as(accounts, "admin");
        PlacementService.MatchingReport report = placements.runAssignment(practice.periodId());

        assertThat(report.placed()).isEqualTo(4);
        assertThat(report.unplaced()).isEqualTo(1);
        List<PlacementService.PlacementRow> rows = placements.placements(practice.periodId(), Locale.ENGLISH);
        assertThat(rows).hasSize(4).allSatisfy(r -> assertThat(r.choiceRank()).isNotNull());
        assertThat(rows.stream().filter(r -> r.offerId() == first)).hasSize(2);
        assertThat(rows.stream().filter(r -> r.offerId() == second)).hasSize(2);
        assertThat(placements.offers(practice.periodId(), Locale.ENGLISH))
                .allSatisfy(o -> assertThat(o.taken()).isEqualTo(o.slots()));
        assertThat(events.stream(NotificationRequested.class)
                .filter(n -> n.subjectKey().equals("internship.notice.placed.subject"))).hasSize(4);
        assertThat(events.stream(NotificationRequested.class)
                .filter(n -> n.recipientPersonId() == practice.siteSupervisor().personId())).hasSize(2);

        // choices are closed after the run; running again places nobody twice
        SignIn.as(accounts, learners.get(4).username());
        assertThatThrownBy(() -> placements.savePreferences(practice.periodId(), List.of(first)))
                .isInstanceOf(DomainException.class);
        SignIn.as(accounts, "admin");
        assertThat(placements.runAssignment(practice.periodId()).placed()).isZero();
    }

    @Test
    void the_office_moves_a_learner_by_hand_but_never_into_a_full_offer() {
        Practice practice = fixture.practice(1);
        Login a = fixture.trainee(practice, "Ручная");
        Login b = fixture.trainee(practice, "Вторая");
        SignIn.as(accounts, "admin");
        long placement = placements.place(practice.periodId(), a.personId(), practice.offerIds().get(0));
        placements.place(practice.periodId(), b.personId(), practice.offerIds().get(1));

        assertThatThrownBy(() -> placements.place(practice.periodId(), a.personId(), practice.offerIds().get(1)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("error.internship.offerFull");
        assertThat(placements.placements(practice.periodId(), Locale.ENGLISH))
                .filteredOn(r -> r.id() == placement).singleElement()
                .satisfies(r -> assertThat(r.offerId()).isEqualTo(practice.offerIds().get(0)));
        assertThat(fixture.count("select count(*) from audit_record where entity_type = 'placement' and entity_id = ?1",
                String.valueOf(placement))).isEqualTo(1);
    }

    @Test
    void learners_cannot_rank_offers_of_other_periods_or_other_programmes_and_only_the_office_assigns() {
        Practice mine = fixture.practice(2);
        Practice theirs = fixture.practice(2);
        Login learner = fixture.trainee(mine, "Чужая");
        SignIn.as(accounts, learner.username());
        assertThatThrownBy(() -> placements.savePreferences(mine.periodId(), List.of(theirs.offerIds().get(0))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> placements.savePreferences(theirs.periodId(), List.of(theirs.offerIds().get(0))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> placements.savePreferences(mine.periodId(),
                List.of(mine.offerIds().get(0), mine.offerIds().get(0)))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> placements.runAssignment(mine.periodId())).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.count("select count(*) from placement_preference where student_id = ?1",
                learner.personId())).isZero();
    }
}
