package org.cathedra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.CathedraUser;
import org.cathedra.enrollment.EnrollmentFixture;
import org.cathedra.grading.ComponentInfo;
import org.cathedra.grading.GradebookService;
import org.cathedra.grading.GradingFixture;
import org.cathedra.grading.RetakeRule;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The teacher types a student's marks into the gradebook and publishes them; the student sees the final grade. */
class GradingE2eTest extends BrowserTest {

    @Autowired
    GradingFixture fixture;
    @Autowired
    EnrollmentFixture enrollment;
    @Autowired
    GradebookService gradebooks;
    @Autowired
    AccountService accounts;

    /** Types into a field of the editor row, the cursor being there already when Tab moved it. */
    private void typeInto(int index, String text, CharSequence key) {
        // the grid renders the row again after each save: find the field afresh
        WebElement input = wait.until(d -> d.findElements(By.cssSelector("vaadin-text-field.mark-field input"))
                .get(index));
        boolean tabbedHere = input.equals(driver.switchTo().activeElement());
        System.out.println("gradebook: Tab moved the cursor to the next field: " + tabbedHere);
        if (!tabbedHere) {
            input.click();
        }
        input.sendKeys(text, key);
        waitForVaadin();
    }

    @Test
    void a_teacher_enters_and_publishes_marks_and_the_student_sees_the_final_grade() throws IOException {
        GradingFixture.Setup setup = fixture.offering(0);
        String student = enrollment.studentWithLogin(setup.programmeId(), "Браузерова", PASSWORD);
        long me = ((CathedraUser) SignIn.as(accounts, student)).personId();
        fixture.enrol(setup.offeringId(), List.of(me));
        SignIn.as(accounts, "teacher");
        gradebooks.defineScheme(setup.offeringId(), RetakeRule.LAST, GradingFixture.usualScheme());
        List<ComponentInfo> parts = gradebooks.header(setup.offeringId(), Locale.ENGLISH).components();
        SignIn.out();

        signIn("teacher");
        open("gradebook?offering=" + setup.offeringId());
        assertThat(heading().getText()).isEqualTo("Журнал оценок");
        WebElement grid = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".gradebook-grid")));
        wait.until(d -> grid.getText().contains("Браузерова"));
        // the first mark cell of the only row: a click opens the editor with the cursor in that cell
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].shadowRoot.querySelector('#items tr td:nth-child(2)').click()", grid);
        waitForVaadin();
        WebElement test = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-text-field.mark-field input")));
        wait.until(d -> test.equals(d.switchTo().activeElement()));
        screenshot("gradebook-editing");
        test.sendKeys("7");
        test.sendKeys(Keys.ENTER);
        waitForVaadin();
        wait.until(d -> grid.findElement(By.cssSelector("vaadin-text-field.mark-field[invalid]")) != null);
        assertThat(driver.findElement(By.cssSelector("vaadin-text-field.mark-field[invalid]")).getText())
                .contains("пятибалльной");
        screenshot("gradebook-refused");
        List<WebElement> inputs = driver.findElements(By.cssSelector("vaadin-text-field.mark-field input"));
        assertThat(inputs).hasSize(3);
        inputs.get(0).sendKeys(Keys.chord(Keys.CONTROL, "a"), "5", Keys.TAB);
        waitForVaadin();
        typeInto(1, "90", Keys.TAB);
        typeInto(2, "4", Keys.ENTER);
        screenshot("gradebook-teacher");
        SignIn.as(accounts, "teacher");
        var row = gradebooks.row(setup.offeringId(), me, Locale.ENGLISH);
        SignIn.out();
        assertThat(parts.stream().map(p -> row.cell(p.id()).text()).toList()).containsExactly("5", "90", "4");
        wait.until(d -> grid.getText().contains("4.50"));
        assertAccessible();

        driver.findElement(By.cssSelector("vaadin-button.grading-publish")).click();
        waitForVaadin();
        wait.until(d -> d.findElement(By.cssSelector(".gradebook-status")).getText()
                .contains("Неопубликованных изменений: 0"));

        driver.manage().deleteAllCookies();
        signIn(student);
        open("grades");
        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".final-grade")));
        // 0.3 x 5 + 0.2 x 5 (90 points) + 0.5 x 4 = 4.5, rounded half up once: 5
        assertThat(result.getText()).isEqualTo("Итоговая оценка на сейчас: 5");
        driver.findElement(By.cssSelector("vaadin-details.computation")).click();
        waitForVaadin();
        assertThat(driver.findElement(By.cssSelector(".computation-steps")).getText())
                .contains("Средневзвешенное 4.5 / 1 = 4.50");
        screenshot("grades-student");
        assertAccessible();
    }
}
