package org.cathedra.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.CathedraUser;
import org.cathedra.notification.internal.NotificationRepository;
import org.cathedra.shared.NotificationRequested;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.cathedra.testing.TestPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery after commit, on the real database and an in-process SMTP server. The listener runs after the commit of
 * the publishing transaction; the scenario waits for its result instead of assuming when that is.
 */
@CathedraTest
@EnableScenarios
class NotificationDeliveryTest {

    /** The port of spring.mail.port in the test profile. */
    private static final GreenMail MAIL = new GreenMail(new ServerSetup(42525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @BeforeAll
    static void startMailServer() {
        MAIL.start();
    }

    @AfterAll
    static void stopMailServer() {
        MAIL.stop();
    }

    @Autowired
    TestPeople people;
    @Autowired
    AccountService accounts;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private CathedraUser personReading(Locale language) {
        String username = people.studentWithoutProgramme();
        SignIn.as(accounts, username);
        accounts.changeOwnLanguage(language);
        CathedraUser user = (CathedraUser) accounts.loadUserByUsername(username);
        SignIn.out();
        return user;
    }

    private static NotificationRequested welcome(CathedraUser user) {
        return new NotificationRequested(user.personId(), "notification.welcome.subject",
                "notification.welcome.body", List.of(user.username()), "profile");
    }

    private List<NotificationItem> storedFor(CathedraUser user) {
        return notifications.findByRecipientPersonId(user.personId(), Pageable.unpaged()).map(n -> n.toItem())
                .getContent();
    }

    private List<MimeMessage> mailTo(String address) {
        return List.of(MAIL.getReceivedMessagesForDomain(address));
    }

    @Test
    void a_notification_is_delivered_only_after_its_transaction_commits(Scenario scenario) {
        CathedraUser reader = personReading(Locale.forLanguageTag("ru"));

        scenario.stimulate(tx -> tx.execute(status -> {
            events.publishEvent(welcome(reader));
            assertThat(storedFor(reader)).as("nothing is delivered before the commit").isEmpty();
            return null;
        })).andWaitForStateChange(() -> storedFor(reader)).andVerify(stored -> {
            assertThat(stored).singleElement().satisfies(item -> {
                assertThat(item.subjectKey()).isEqualTo("notification.welcome.subject");
                assertThat(item.arguments()).containsExactly(reader.username());
                assertThat(item.link()).isEqualTo("profile");
                assertThat(item.unread()).isTrue();
            });
        });
    }

    @Test
    void the_e_mail_is_written_in_the_recipients_language(Scenario scenario) throws Exception {
        CathedraUser russian = personReading(Locale.forLanguageTag("ru"));
        CathedraUser english = personReading(Locale.ENGLISH);
        String russianAddress = people.emailOf(russian.personId());
        String englishAddress = people.emailOf(english.personId());

        scenario.stimulate(tx -> tx.execute(status -> {
            events.publishEvent(welcome(russian));
            events.publishEvent(welcome(english));
            return null;
        })).andWaitForStateChange(() -> mailTo(russianAddress).size() + mailTo(englishAddress).size() == 2);

        MimeMessage toRussian = mailTo(russianAddress).getFirst();
        assertThat(toRussian.getSubject()).isEqualTo("Ваша учётная запись в Cathedra готова");
        assertThat(toRussian.getContent().toString().strip())
                .isEqualTo("Здравствуйте! Теперь вы можете входить в Cathedra под именем " + russian.username() + ".");
        MimeMessage toEnglish = mailTo(englishAddress).getFirst();
        assertThat(toEnglish.getSubject()).isEqualTo("Your Cathedra login is ready");
        assertThat(toEnglish.getContent().toString().strip())
                .isEqualTo("Hello! You can now sign in to Cathedra as " + english.username() + ".");
    }

    @Test
    void a_rolled_back_change_notifies_nobody() {
        CathedraUser reader = personReading(Locale.forLanguageTag("ru"));
        String address = people.emailOf(reader.personId());

        transactions.executeWithoutResult(status -> {
            events.publishEvent(welcome(reader));
            status.setRollbackOnly();
        });

        // the listener runs only on commit: after a rollback there is nothing to wait for
        assertThat(storedFor(reader)).isEmpty();
        assertThat(mailTo(address)).isEmpty();
    }
}
