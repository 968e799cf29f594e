package org.cathedra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.cathedra.internship.InternshipFixture;
import org.cathedra.internship.InternshipFixture.Placed;
import org.cathedra.internship.InternshipFixture.Practice;
import org.cathedra.testing.TestPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A trainee logs an entry on a phone, the site supervisor signs it off, and the trainee's progress bar moves. */
class InternshipE2eTest extends BrowserTest {

    @Autowired
    InternshipFixture fixture;

    private WebElement clickable(String css) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    /** Clicks an element further down a long page: brought to the middle first, clear of the sticky header. */
    private void press(String css) {
        WebElement element = clickable(css);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private double hoursBar() {
        WebElement bar = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-progress-bar.progress-hours")));
        return ((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].value;", bar)).doubleValue();
    }

    private String progressText() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".progress-panel"))).getText();
    }

    @Test
    void a_trainee_logs_an_entry_on_a_phone_the_supervisor_signs_it_and_the_bar_moves() throws IOException {
        Practice practice = fixture.practice(2);
        Placed placed = fixture.placed(practice, "Мобильная");

        phoneWidth();
        signIn(placed.trainee().username(), TestPeople.PASSWORD);
        open("internship/preferences");
        assertThat(heading().getText()).isEqualTo("Выбор баз практики");
        clickable(".offers-grid vaadin-button").click();
        waitForVaadin();
        screenshot("internship-preferences-phone");
        assertAccessible();

        open("internship/logbook");
        assertThat(heading().getText()).isEqualTo("Дневник практики");
        assertThat(hoursBar()).isZero();

        clickable("vaadin-button.new-entry-button").click();
        WebElement hours = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-big-decimal-field.entry-hours input")));
        hours.sendKeys("6");
        clickable("vaadin-select.entry-case-type").click();
        // the list may still be sliding open on a phone: choose the first kind of case as a tap on it would
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click()",
                clickable("vaadin-select-item"));
        wait.until(d -> !d.findElement(By.cssSelector("vaadin-select.entry-case-type"))
                .getDomProperty("value").isEmpty());
        clickable(".entry-participation vaadin-radio-button:nth-of-type(3)").click();
        driver.findElement(By.cssSelector("vaadin-text-field.entry-patient-code input")).sendKeys("GC-26-0500");
        driver.findElement(By.cssSelector("vaadin-text-area.entry-reflection textarea"))
                .sendKeys("Построила родословную в трёх поколениях, обсудили риск.");
        waitForVaadin();
        screenshot("internship-entry-phone");
        clickable("vaadin-dialog-overlay vaadin-button[theme~='primary'], .form-dialog vaadin-button[theme~='primary']")
                .click();
        waitForVaadin();
        wait.until(d -> d.findElement(By.cssSelector(".logbook-entries")).getText().contains("GC-26-0500"));
        wait.until(d -> progressText().contains("подписано 0 из 20") && progressText().contains("ждёт подписи 6"));
        screenshot("internship-logbook-phone");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();",
                driver.findElement(By.cssSelector(".logbook-entries")));
        screenshot("internship-entries-phone");
        assertAccessible();

        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        signIn(practice.siteSupervisor().username(), TestPeople.PASSWORD);
        open("internship/trainees");
        assertThat(heading().getText()).isEqualTo("Мои практиканты");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[contains(., 'Мобильная')]"))).click();
        waitForVaadin();
        wait.until(d -> d.findElement(By.cssSelector(".signoff-grid")).getText().contains("GC-26-0500"));
        clickable("vaadin-button.sign-all").click();
        waitForVaadin();
        wait.until(d -> d.findElement(By.cssSelector(".signoff-grid")).getText().contains("Подписано"));
        screenshot("internship-signoff");
        assertAccessible();

        driver.manage().deleteAllCookies();
        phoneWidth();
        signIn(placed.trainee().username(), TestPeople.PASSWORD);
        open("internship/logbook");
        wait.until(d -> progressText().contains("подписано 6 из 20"));
        assertThat(hoursBar()).isEqualTo(0.3);
        screenshot("internship-progress-phone");
    }

    @Test
    void the_office_board_the_sites_and_the_demo_teachers_trainees_are_readable_and_accessible() throws IOException {
        signIn("admin");
        open("admin/internships");
        assertThat(heading().getText()).isEqualTo("Практика");
        clickable("vaadin-select.period-select").click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[contains(., 'Клиническая практика, осень 2026')]"))).click();
        waitForVaadin();
        wait.until(d -> d.findElement(By.cssSelector(".admin-placements-grid")).getText().contains("Петрова"));
        screenshot("internship-admin-board");
        assertAccessible();
        open("admin/internship-sites");
        wait.until(d -> d.findElement(By.cssSelector(".sites-grid")).getText().contains("GC-ROOM"));
        screenshot("internship-admin-sites");
        assertAccessible();

        driver.manage().deleteAllCookies();
        signIn("teacher");
        open("internship/trainees");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[contains(., 'Петрова Анна')]"))).click();
        waitForVaadin();
        wait.until(d -> d.findElement(By.cssSelector(".signoff-grid")).getText().contains("GC-26-0181"));
        screenshot("internship-demo-trainee");
        assertAccessible();
    }

    @Test
    void the_office_sets_up_case_types_requirements_periods_and_offers_on_a_readable_accessible_page()
            throws IOException {
        signIn("admin");
        open("admin/internship-setup");
        assertThat(heading().getText()).isEqualTo("Настройка практик");
        wait.until(d -> d.findElement(By.cssSelector(".offers-grid")).isDisplayed());
        screenshot("internship-setup");
        assertAccessible();
        press(".requirements-grid vaadin-button");
        clickable("vaadin-dialog-overlay vaadin-button[theme~='primary'], .form-dialog vaadin-button[theme~='primary']");
        waitForVaadin();
        screenshot("internship-setup-requirement-dialog");
        assertAccessible();
    }
}
