package org.cathedra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The first journey: sign in through the real login form as each role, land on the right page, switch language. */
class SignInE2eTest extends BrowserTest {

    @Test
    void the_login_page_is_translated_and_accessible() throws IOException {
        open("login");
        assertThat(driver.findElement(By.tagName("vaadin-login-form")).getText()).contains("Вход");
        screenshot("login-ru");
        assertAccessible();

        driver.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-login-form"), "Sign in"));
        screenshot("login-en");
    }

    @Test
    void an_administrator_lands_on_the_dashboard_with_the_administration_menu() throws IOException {
        signIn("admin");
        assertThat(heading().getText()).isEqualTo("Главная");
        assertThat(driver.findElement(By.id("stat-departments")).getText()).contains("11");
        assertThat(driver.findElement(By.cssSelector("vaadin-side-nav")).getText()).contains("Кафедры", "Дисциплины");
        screenshot("dashboard-admin");
        assertAccessible();
    }

    @Test
    void a_teacher_and_a_student_land_on_their_dashboards() throws IOException {
        signIn("teacher");
        assertThat(heading().getText()).isEqualTo("Главная");
        assertThat(driver.findElement(By.id("teacher-department")).getText())
                .isEqualTo("Профессор · Кафедра медицинской генетики");
        assertThat(driver.findElement(By.cssSelector("vaadin-side-nav")).getText()).doesNotContain("Кафедры");
        screenshot("dashboard-teacher");
        driver.manage().deleteAllCookies();
        signIn("student");
        assertThat(heading().getText()).isEqualTo("Главная");
        assertThat(driver.findElement(By.id("student-programme")).getText()).startsWith("Ординатура: Генетика");
        phoneWidth();
        screenshot("dashboard-student-phone");
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() {
        open("login");
        driver.findElement(By.cssSelector("input[name=username]")).sendKeys("student");
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys("not-the-password");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.urlContains("error"));
        waitForVaadin();
        assertThat(driver.findElement(By.tagName("vaadin-login-form")).getText()).contains("Не удалось войти");
    }

    @Test
    void the_language_switch_is_remembered_for_the_user() {
        signIn("teacher");
        driver.findElement(By.cssSelector("vaadin-menu-bar vaadin-menu-bar-button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-menu-bar-item[contains(., 'Язык')]")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-menu-bar-item[contains(., 'English')]")))
                .click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Dashboard"));
        driver.manage().deleteAllCookies();
        signIn("teacher");
        assertThat(heading().getText()).isEqualTo("Dashboard");

        driver.findElement(By.cssSelector("vaadin-menu-bar vaadin-menu-bar-button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-menu-bar-item[contains(., 'Language')]")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-menu-bar-item[contains(., 'Русский')]")))
                .click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Главная"));
        assertThat(driver.findElement(By.id("teacher-department")).getText()).startsWith("Профессор");
    }
}
