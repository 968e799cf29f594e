package org.cathedra.internship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.cathedra.directory.AccountService;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo institute's practice: Anna Petrova placed with Irina Sokolova, entries signed and pending. */
@CathedraTest
class DemoInternshipsTest {

    @Autowired
    LogbookService logbook;
    @Autowired
    PlacementService placements;
    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_demo_student_keeps_a_logbook_that_the_demo_teacher_supervises() {
        SignIn.as(accounts, "student");
        LogbookService.PlacementSummary anna = logbook.mine(Locale.ENGLISH).stream()
                .filter(p -> p.site().equals("Genetic Counselling Room")).findFirst().orElseThrow();
        assertThat(anna.siteSupervisor()).isEqualTo("Соколова Ирина Андреевна");
        assertThat(anna.progress().hours().required()).isEqualByComparingTo("144");
        assertThat(anna.progress().hours().signed()).isEqualByComparingTo("31");
        assertThat(logbook.entries(anna.placementId(), Locale.ENGLISH)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(placements.myChoices(Locale.ENGLISH)).anySatisfy(c -> assertThat(c.open()).isTrue());

        SignIn.as(accounts, "teacher");
        assertThat(logbook.supervised(Locale.ENGLISH)).extracting(LogbookService.PlacementSummary::trainee)
                .contains("Петрова Анна Сергеевна");

        SignIn.as(accounts, "admin");
        PlacementService.PeriodRow autumn = placements.periods(Locale.ENGLISH).stream()
                .filter(p -> p.name().startsWith("Клиническая")).findFirst().orElseThrow();
        assertThat(autumn.placed()).isEqualTo(30);
        assertThat(placements.offers(autumn.id(), Locale.ENGLISH))
                .allSatisfy(o -> assertThat(o.taken()).isLessThanOrEqualTo(o.slots()));
    }
}
