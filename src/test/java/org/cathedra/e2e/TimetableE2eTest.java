package org.cathedra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.cathedra.directory.AccountService;
import org.cathedra.scheduling.Room;
import org.cathedra.scheduling.ScheduleFixture;
import org.cathedra.scheduling.TimetableService;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The office places a session that clashes, reads why, moves it to a free room and publishes it; the student who
 * attends finds it in her timetable on a phone and in her private calendar feed.
 */
class TimetableE2eTest extends BrowserTest {

    @Autowired
    ScheduleFixture fixture;
    @Autowired
    TimetableService timetable;
    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private void choose(String comboCss, String text) {
        WebElement input = visible(comboCss + " input");
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        waitForVaadin();
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
    }

    private HttpResponse<String> get(String address) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(address)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_clash_is_explained_fixed_and_published_and_the_student_sees_the_session() throws Exception {
        LocalDate wednesday = LocalDate.now(ZoneId.of("Europe/Moscow")).with(DayOfWeek.WEDNESDAY);
        SignIn.as(accounts, "admin");
        long teacher = fixture.teacher();
        long offering = fixture.offering(teacher);
        Room taken = fixture.room(20);
        Room free = fixture.room(20);
        String cohort = "G-E2E-" + System.nanoTime() % 100000;
        String student = fixture.studentWithLogin(cohort, PASSWORD);
        fixture.enrol(fixture.personOf(student), offering);
        long otherTeacher = fixture.teacher();
        timetable.save(null, 0, ScheduleFixture.draft(fixture.offering(otherTeacher), wednesday, 1, 2, taken,
                Set.of(otherTeacher), Set.of(fixture.cohort(2).name()), false, null));
        String courseCode = timetable.offerings(java.util.Locale.ENGLISH).stream().filter(o -> o.id() == offering)
                .findFirst().orElseThrow().label().split("/")[0];
        SignIn.out();

        signIn("admin");
        open("admin/timetable?room=" + taken.getId() + "&date=" + wednesday);
        assertThat(heading().getText()).isEqualTo("Расписание");
        wait.until(d -> d.findElement(By.cssSelector(".week-grid")).getText().contains("C-"));
        screenshot("timetable-week-admin");
        assertAccessible();

        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(., 'Новое занятие')]"))).click();
        waitForVaadin();
        choose("vaadin-combo-box.session-offering", courseCode);
        WebElement conflicts = visible(".session-conflicts");
        wait.until(d -> conflicts.getText().contains("занята"));
        assertThat(conflicts.getText()).contains("аудитория " + taken.getCode() + " занята");
        screenshot("timetable-editor-conflict");

        choose("vaadin-combo-box.session-room", free.getCode());
        wait.until(d -> visible(".session-conflicts").getText().contains("Конфликтов нет"));
        WebElement publish = visible("vaadin-checkbox.session-publish");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", publish);
        publish.click();
        waitForVaadin();
        screenshot("timetable-editor-fixed");
        visible(".form-dialog vaadin-button[theme~='primary'], vaadin-dialog-overlay vaadin-button[theme~='primary']")
                .click();
        waitForVaadin();
        SignIn.as(accounts, "admin");
        assertThat(timetable.ofRoom(free.getId(), wednesday, wednesday)).singleElement()
                .matches(s -> s.offeringId() == offering && s.published());
        SignIn.out();

        driver.manage().deleteAllCookies();
        phoneWidth();
        signIn(student);
        open("timetable");
        WebElement agenda = visible(".agenda");
        wait.until(d -> agenda.getText().contains(courseCode));
        assertThat(agenda.getText()).contains(free.getCode(), "10:35");
        screenshot("timetable-student-phone");
        assertAccessible();

        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(., 'Создать адрес подписки')]"))).click();
        waitForVaadin();
        String address = visible(".feed-address input").getDomProperty("value");
        screenshot("timetable-student-feed");
        HttpResponse<String> feed = get(address);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/calendar"));
        assertThat(feed.body()).contains("BEGIN:VTIMEZONE", "TZID:Europe/Moscow", "LOCATION:" + free.getCode());
        assertThat(get(url("calendar/not-a-token.ics")).statusCode()).isEqualTo(404);
        // the feed is the only thing opened: the rest still sends anonymous visitors to the login
        assertThat(get(url("admin/timetable")).statusCode()).isEqualTo(302);
    }
}
