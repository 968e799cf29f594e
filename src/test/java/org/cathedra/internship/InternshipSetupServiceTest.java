package org.cathedra.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.cathedra.directory.AccountService;
import org.cathedra.internship.InternshipFixture.Practice;
import org.cathedra.shared.DomainException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The office's set-up on the real database: case types, requirements with counts, periods, offers and sites. */
@CathedraTest
class InternshipSetupServiceTest {

    @Autowired
    RequirementService requirements;
    @Autowired
    PlacementService placements;
    @Autowired
    SiteService sites;
    @Autowired
    AccountService accounts;
    @Autowired
    InternshipFixture fixture;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static String messageKey(Throwable e) {
        return ((DomainException) e).messageKey();
    }

    @Test
    void a_case_type_is_renamed_in_both_languages_and_a_blank_name_changes_nothing() {
        Practice practice = fixture.practice(1);
        SignIn.as(accounts, "admin");
        requirements.renameCaseType(practice.pedigreeTypeId(), "Анализ родословной", "Pedigree analysis");
        assertThatThrownBy(() -> requirements.renameCaseType(practice.pedigreeTypeId(), "Другое", " "))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("error.required"));

        assertThat(requirements.caseTypes(Locale.ENGLISH)).filteredOn(c -> c.id() == practice.pedigreeTypeId())
                .singleElement().satisfies(c -> {
                    assertThat(c.nameRu()).isEqualTo("Анализ родословной");
                    assertThat(c.nameEn()).isEqualTo("Pedigree analysis");
                });
        assertThat(fixture.count("select count(*) from audit_record where entity_type = 'case_type' "
                + "and entity_id = ?1 and action = 'renamed'", String.valueOf(practice.pedigreeTypeId())))
                .isEqualTo(1);
    }

    @Test
    void a_requirement_is_saved_with_its_counts_at_once_and_a_refused_count_leaves_it_as_it_was() {
        Practice practice = fixture.practice(1);
        SignIn.as(accounts, "admin");
        long id = requirements.save(null, "RQ-" + System.nanoTime() % 100000, "Практика", "Practice",
                practice.programmeId(), null, 144, Map.of(practice.pedigreeTypeId(), 5, practice.karyotypeTypeId(), 3));
        String code = requirements.list(Locale.ENGLISH).stream().filter(r -> r.id() == id).findFirst().orElseThrow()
                .code();

        assertThatThrownBy(() -> requirements.save(id, code, "Практика", "Practice changed", practice.programmeId(),
                "2026", 200, Map.of(practice.pedigreeTypeId(), 0, practice.karyotypeTypeId(), 5000)))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("error.range"));
        RequirementService.RequirementRow unchanged = requirements.list(Locale.ENGLISH).stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(unchanged.requiredHours()).isEqualTo(144);
        assertThat(unchanged.nameEn()).isEqualTo("Practice");
        assertThat(unchanged.minimumCounts()).hasSize(2).containsValues(5, 3);

        requirements.save(id, code, "Практика", "Practice changed", practice.programmeId(), "2026", 200,
                Map.of(practice.pedigreeTypeId(), 0, practice.karyotypeTypeId(), 4));
        RequirementService.RequirementRow changed = requirements.list(Locale.ENGLISH).stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(changed.requiredHours()).isEqualTo(200);
        assertThat(changed.cohort()).isEqualTo("2026");
        assertThat(changed.minimumCounts()).hasSize(1).containsValue(4);
    }

    @Test
    void a_period_is_moved_but_never_made_to_end_before_it_starts() {
        Practice practice = fixture.practice(1);
        SignIn.as(accounts, "admin");
        placements.updatePeriod(practice.periodId(), "Весенний блок", practice.startsOn().plusDays(1),
                practice.endsOn().plusDays(7));
        assertThatThrownBy(() -> placements.updatePeriod(practice.periodId(), "Назад", practice.endsOn(),
                practice.startsOn())).satisfies(e -> assertThat(messageKey(e)).isEqualTo("error.internship.periodOrder"));

        assertThat(placements.periods(Locale.ENGLISH)).filteredOn(p -> p.id() == practice.periodId()).singleElement()
                .satisfies(p -> {
                    assertThat(p.name()).isEqualTo("Весенний блок");
                    assertThat(p.endsOn()).isEqualTo(practice.endsOn().plusDays(7));
                    assertThat(p.requirementId()).isEqualTo(practice.requirementId());
                });
    }

    @Test
    void an_offer_is_changed_or_withdrawn_only_while_nobody_is_placed_on_it() {
        Practice practice = fixture.practice(2);
        fixture.placed(practice, "Занятая");
        long taken = practice.offerIds().get(0);
        long free = practice.offerIds().get(1);
        SignIn.as(accounts, "admin");

        assertThatThrownBy(() -> placements.updateOffer(taken, practice.siteSupervisor().personId(), 5))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("error.internship.offerInUse"));
        assertThatThrownBy(() -> placements.removeOffer(taken))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("error.internship.offerInUse"));
        assertThatThrownBy(() -> placements.updateOffer(free, practice.siteSupervisor().personId(), 5))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("error.internship.notSiteSupervisor"));

        placements.updateOffer(free, practice.otherSiteSupervisor().personId(), 7);
        assertThat(placements.offers(practice.periodId(), Locale.ENGLISH)).extracting(o -> o.id() + ":" + o.slots())
                .containsExactly(taken + ":2", free + ":7");
        placements.removeOffer(free);
        assertThat(placements.offers(practice.periodId(), Locale.ENGLISH)).extracting(PlacementService.OfferRow::id)
                .containsExactly(taken);
        assertThat(fixture.count("select count(*) from audit_record where entity_type = 'placement_offer' "
                + "and entity_id = ?1 and action = 'removed'", String.valueOf(free))).isEqualTo(1);
    }

    @Test
    void a_deactivated_site_is_not_offered_again_until_activated_and_only_the_office_may_do_it() {
        Practice practice = fixture.practice(1);
        SignIn.as(accounts, "teacher");
        assertThatThrownBy(() -> sites.setActive(1, false)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(accounts, "admin");
        long siteId = placements.offers(practice.periodId(), Locale.ENGLISH).getFirst().siteId();
        long period = placements.createPeriod(practice.requirementId(), "Следующий", practice.endsOn().plusDays(1),
                practice.endsOn().plusDays(30));
        sites.setActive(siteId, false);
        long site = siteId;
        assertThatThrownBy(() -> placements.addOffer(period, site, practice.siteSupervisor().personId(), 2))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("error.internship.inactiveSite"));
        assertThat(sites.list(Locale.ENGLISH)).filteredOn(s -> s.id() == site).singleElement()
                .satisfies(s -> assertThat(s.active()).isFalse());

        sites.setActive(siteId, true);
        placements.addOffer(period, site, practice.siteSupervisor().personId(), 2);
        assertThat(placements.offers(period, Locale.ENGLISH)).extracting(PlacementService.OfferRow::siteId)
                .containsExactly(site);
        assertThat(fixture.count("select count(*) from audit_record where entity_type = 'internship_site' "
                + "and entity_id = ?1 and action in ('deactivated', 'activated')", String.valueOf(site))).isEqualTo(2);
    }
}
