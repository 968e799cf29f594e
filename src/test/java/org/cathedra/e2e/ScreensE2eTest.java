package org.cathedra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.cathedra.testing.ShownMessages;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Opens every screen in the real browser as the role that uses it: each must render its heading, pass the
 * accessibility check, and leave a screenshot in target/screenshots for people to look at.
 */
class ScreensE2eTest extends BrowserTest {

    private static final List<String> ADMIN_SCREENS = List.of("admin/departments", "admin/teachers",
            "admin/students", "admin/accounts", "admin/programmes", "admin/courses", "admin/terms",
            "admin/offerings", "admin/rosters", "admin/audit", "notifications", "profile");
    /** "Something went wrong...", in both languages, as the bundles say it. */
    private static final List<String> UNEXPECTED = ShownMessages.openingWords("error.unexpected");

    @Test
    void every_administration_screen_renders_and_is_accessible() throws IOException {
        signIn("admin");
        for (String screen : ADMIN_SCREENS) {
            open(screen);
            assertThat(heading().getText()).as(screen).isNotBlank();
            wait.until(d -> !d.findElements(By.cssSelector("vaadin-grid, vaadin-form-layout, .empty-state")).isEmpty());
            waitForVaadin();
            screenshot("admin-" + screen.replace('/', '-'));
            assertThat(driver.findElements(By.cssSelector("vaadin-notification-card")).stream()
                    .map(WebElement::getText).filter(t -> UNEXPECTED.stream().anyMatch(t::contains)).toList())
                    .as("%s opens without an unexpected error", screen).isEmpty();
            assertAccessible();
        }
    }

    @Test
    void the_edit_dialog_is_accessible_and_usable_on_a_phone() throws IOException {
        signIn("admin");
        phoneWidth();
        open("admin/teachers");
        screenshot("admin-teachers-phone");
        driver.findElement(By.cssSelector(".view-header vaadin-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));
        waitForVaadin();
        screenshot("admin-teacher-dialog-phone");
        assertAccessible();
    }

    @Test
    void the_course_dialog_with_its_prerequisites_is_accessible() throws IOException {
        signIn("admin");
        open("admin/courses");
        var edit = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-grid-cell-content vaadin-button")));
        waitForVaadin();
        screenshot("admin-courses-with-prerequisites");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click()", edit);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));
        waitForVaadin();
        screenshot("admin-course-dialog");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].opened = true",
                driver.findElement(By.cssSelector("vaadin-multi-select-combo-box")));
        waitForVaadin();
        screenshot("admin-course-dialog-prerequisites");
        // the dialog's two vaadin-select fields (assessment, component) draw an aria-allowed-attr finding from
        // the component itself, whatever this field does; the prerequisites field must add none of its own
        assertThat(accessibilityViolations().stream()
                .filter(rule -> rule.getNodes().stream().anyMatch(n -> String.valueOf(n.getTarget())
                        .contains("multi-select-combo-box")))
                .map(rule -> rule.getId()).toList()).isEmpty();
    }

    @Test
    void the_grade_scales_and_the_band_dialog_are_accessible() throws IOException {
        signIn("admin");
        open("admin/grade-scales");
        var edits = wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("vaadin-grid-cell-content vaadin-button"), 3));
        waitForVaadin();
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("5 от 85 баллов, 4 от 70");
        screenshot("admin-grade-scales");
        assertAccessible();
        // the scales are listed by code: FIVE, HUNDRED, PASS
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click()", edits.get(1));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));
        waitForVaadin();
        screenshot("admin-grade-scale-dialog");
        assertAccessible();
    }

    @Test
    void the_dark_theme_keeps_every_text_readable() throws IOException {
        signIn("teacher");
        driver.findElement(By.cssSelector("vaadin-menu-bar vaadin-menu-bar-button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-menu-bar-item[contains(., 'Тёмная тема')]"))).click();
        wait.until(d -> "dark".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return getComputedStyle(document.documentElement).colorScheme")));
        waitForVaadin();
        screenshot("teacher-dashboard-dark");
        assertAccessible();
        open("profile");
        screenshot("teacher-profile-dark");
        assertAccessible();
    }

    @Test
    void a_student_uses_the_dashboard_and_profile_on_a_phone() throws IOException {
        signIn("student");
        phoneWidth();
        open("");
        screenshot("student-dashboard-phone");
        assertAccessible();
        open("profile");
        screenshot("student-profile-phone");
        assertAccessible();
    }
}
