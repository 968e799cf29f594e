package org.cathedra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cathedra.directory.AccountService;
import org.cathedra.scheduling.Conflict;
import org.cathedra.scheduling.SessionDraft;
import org.cathedra.scheduling.SessionView;
import org.cathedra.scheduling.TimetableService;
import org.cathedra.scheduling.solving.SolveScenario;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The office solves a week of sketched, clashing drafts, reads the proposal and applies it. */
class SolveE2eTest extends BrowserTest {

    @Autowired
    SolveScenario scenario;
    @Autowired
    TimetableService timetable;
    @Autowired
    AccountService accounts;

    private WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    @Test
    void a_short_solve_is_watched_and_its_proposal_applied() throws Exception {
        SignIn.as(accounts, "admin");
        SolveScenario.Week week = scenario.build();
        SignIn.out();

        signIn("admin");
        open("admin/timetable/solve?term=" + week.termId() + "&week=" + week.monday());
        assertThat(heading().getText()).isEqualTo("Автоматическое составление расписания");
        wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().contains("Закрепить")));
        WebElement seconds = visible("vaadin-integer-field.solve-seconds input");
        seconds.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3", Keys.TAB);
        waitForVaadin();
        visible("vaadin-button.solve-start").click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElement(By.cssSelector(".solve-state"))
                .getText().equals("Расчёт завершён."));
        waitForVaadin();
        WebElement proposal = visible(".solve-proposal");
        assertThat(proposal.getText()).contains("Будет перенесено занятий", "Жёстких конфликтов нет");
        assertThat(visible(".solve-status").getText()).contains("Лучшая оценка: 0 жёстк.");
        screenshot("solve-proposal");
        assertAccessible();

        visible("vaadin-button.solve-apply").click();
        waitForVaadin();
        wait.until(d -> d.findElement(By.cssSelector(".solve-proposal")).getText()
                .contains("Запустите расчёт, чтобы получить предложение."));
        screenshot("solve-applied");

        SignIn.as(accounts, "admin");
        for (long id : week.all()) {
            SessionView s = timetable.get(id);
            assertThat(timetable.check(id, new SessionDraft(s.offeringId(), s.kind(), s.date(), s.startPeriod(),
                    s.hours(), null, null, s.roomId(), s.requiredFeature(), s.teacherIds(), s.cohorts(),
                    s.includeEnrolled(), null, false, null))).noneMatch(Conflict::hard);
        }
        SignIn.out();
    }
}
