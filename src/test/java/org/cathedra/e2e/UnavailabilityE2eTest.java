package org.cathedra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.cathedra.directory.AccountService;
import org.cathedra.scheduling.Room;
import org.cathedra.scheduling.SessionDraft;
import org.cathedra.scheduling.SessionKind;
import org.cathedra.scheduling.TimetableService;
import org.cathedra.scheduling.ScheduleFixture;
import org.cathedra.scheduling.UnavailabilityService;
import org.cathedra.testing.SignIn;
import org.cathedra.testing.TestPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A teacher records her weekly clinic day in a real browser; the office finds it under her name, and a draft placed
 * on that day is named as a conflict when the office goes to publish the week's drafts.
 */
class UnavailabilityE2eTest extends BrowserTest {

    @Autowired
    ScheduleFixture fixture;
    @Autowired
    UnavailabilityService unavailability;
    @Autowired
    TimetableService timetable;
    @Autowired
    AccountService accounts;

    private WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    @Test
    void a_teacher_records_her_clinic_day_and_the_office_sees_it() throws Exception {
        ScheduleFixture.Login teacher = fixture.teacherWithLogin();

        signIn(teacher.username(), TestPeople.PASSWORD);
        open("unavailability");
        assertThat(heading().getText()).isEqualTo("Время, когда преподаватель не может вести занятия");
        assertThat(visible(".empty-state").getText()).contains("Время недоступности не указано.");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(., 'Добавить время недоступности')]"))).click();
        waitForVaadin();
        WebElement reason = visible(".unavailability-editor vaadin-text-field input");
        reason.sendKeys("Клинический день");
        waitForVaadin();
        screenshot("unavailability-editor");
        assertAccessible();
        visible(".unavailability-editor vaadin-button[theme~='primary']").click();
        waitForVaadin();
        WebElement grid = visible("vaadin-grid.unavailability-grid");
        wait.until(d -> grid.getText().contains("Клинический день"));
        assertThat(grid.getText()).contains("Каждую неделю", "академические часы 1–10 (09:00–18:20)");
        screenshot("unavailability-teacher");
        assertAccessible();

        phoneWidth();
        waitForVaadin();
        screenshot("unavailability-teacher-phone");

        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        signIn("admin");
        open("unavailability?teacher=" + teacher.personId());
        WebElement officeGrid = visible("vaadin-grid.unavailability-grid");
        wait.until(d -> officeGrid.getText().contains("Клинический день"));
        screenshot("unavailability-office");
        assertAccessible();

        SignIn.as(accounts, teacher.username());
        var entry = unavailability.of(teacher.personId()).getFirst();
        assertThat(entry).matches(e -> "Клинический день".equals(e.reason()) && e.firstPeriod() == 1
                && e.lastPeriod() == 10);

        // a draft placed on her clinic day (saved with an override) shows up when the office publishes the week
        SignIn.as(accounts, "admin");
        LocalDate day = fixture.week().with(entry.weekday());
        long offering = fixture.offering(teacher.personId());
        Room room = fixture.room(30);
        timetable.save(null, 0, new SessionDraft(offering, SessionKind.SEMINAR, day, 3, 2, null, null, room.getId(),
                null, Set.of(teacher.personId()), Set.of(fixture.cohort(2).name()), false, null, false,
                "Guest lecture"));
        SignIn.out();
        open("admin/timetable?room=" + room.getId() + "&date=" + day);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(., 'Опубликовать все черновики')]"))).click();
        waitForVaadin();
        WebElement summary = visible(".publish-summary");
        wait.until(d -> summary.getText().contains("Клинический день"));
        assertThat(summary.getText()).contains("Жёстких конфликтов среди них: 1", "недоступ");
        screenshot("publish-drafts-dialog");
        assertAccessible();
    }
}
