package org.cathedra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.cathedra.enrollment.EnrollmentFixture;
import org.cathedra.enrollment.EnrollmentService;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A student signs in, sees the seats of a course drop as someone else enrolls, enrolls, and withdraws. */
class EnrollmentE2eTest extends BrowserTest {

    @Autowired
    EnrollmentFixture fixture;
    @Autowired
    EnrollmentService service;

    private String openGrid() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".open-offerings-grid")))
                .getText();
    }

    private WebElement button(String css) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    @Test
    void a_student_enrolls_sees_the_seats_taken_and_withdraws() throws IOException {
        var setup = fixture.offeringOpenNow(3);
        String username = fixture.studentWithLogin(setup.programmeId(), "Браузерова", PASSWORD);
        signIn(username);
        open("enrollment");
        assertThat(heading().getText()).isEqualTo("Запись на курсы");
        wait.until(d -> openGrid().contains("свободно 3 из 3"));

        long classmate = fixture.student(setup.programmeId());
        EnrollmentFixture.signInAsStudent(classmate);
        service.enroll(setup.offeringId());
        SignIn.out();
        open("enrollment");
        wait.until(d -> openGrid().contains("свободно 2 из 3"));
        screenshot("enrollment-student");
        assertAccessible();

        button("vaadin-button.enroll-button").click();
        waitForVaadin();
        wait.until(d -> d.findElement(By.cssSelector(".my-enrollments-grid")).getText().contains("Зачислен"));
        assertThat(fixture.seats(setup.offeringId()).taken()).isEqualTo(2);

        button(".my-enrollments-grid vaadin-button").click();
        WebElement reason = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-text-area.reason-field textarea")));
        reason.sendKeys("Перехожу на лабораторную траекторию");
        button("vaadin-dialog-overlay vaadin-button[theme~='primary'], .form-dialog vaadin-button[theme~='primary']")
                .click();
        waitForVaadin();
        wait.until(d -> openGrid().contains("свободно 2 из 3"));
        wait.until(d -> d.findElement(By.cssSelector(".my-enrollments-grid")).getText().contains("Отчислен"));
        assertThat(fixture.seats(setup.offeringId()).taken()).isEqualTo(1);
    }
}
