package org.cathedra.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.CathedraUser;
import org.cathedra.notification.internal.NotificationRepository;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.NotificationRequested;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.cathedra.testing.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@CathedraTest
@EnableScenarios
class NotificationServiceTest {

    @Autowired
    NotificationService service;
    @Autowired
    NotificationRepository repository;
    @Autowired
    AccountService accounts;
    @Autowired
    TestPeople people;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private CathedraUser somebody() {
        return (CathedraUser) accounts.loadUserByUsername(people.studentWithoutProgramme());
    }

    /** Delivers notifications to a person the way a module asks for them, and waits until they are stored. */
    private void notify(Scenario scenario, CathedraUser user, String... usernames) {
        long before = repository.findByRecipientPersonId(user.personId(), Pageable.unpaged()).getNumberOfElements();
        scenario.stimulate((tx, events) -> {
            tx.executeWithoutResult(status -> {
                for (String name : usernames) {
                    events.publishEvent(new NotificationRequested(user.personId(), "notification.welcome.subject",
                            "notification.welcome.body", List.of(name), null));
                }
            });
        }).andWaitForStateChange(() -> repository.findByRecipientPersonId(user.personId(), Pageable.unpaged())
                .getNumberOfElements() == before + usernames.length);
    }

    @Test
    void my_notifications_are_listed_newest_first_and_counted_until_read(Scenario scenario) {
        CathedraUser me = somebody();
        notify(scenario, me, "first");
        notify(scenario, me, "second");
        SignIn.as(accounts, me.username());

        List<NotificationItem> mine = service.mine(PageRequest.of(0, 10)).getContent();
        assertThat(mine).extracting(item -> item.arguments().getFirst()).containsExactly("second", "first");
        assertThat(service.unreadCount()).isEqualTo(2);

        service.markRead(mine.getFirst().id());
        service.markRead(mine.getFirst().id());
        assertThat(service.unreadCount()).isEqualTo(1);
        assertThat(service.mine(PageRequest.of(0, 10))).extracting(NotificationItem::unread).containsExactly(false,
                true);
        assertThat(service.markAllRead()).isEqualTo(1);
        assertThat(service.unreadCount()).isZero();
    }

    @Test
    void someone_elses_notification_is_refused_and_left_unread(Scenario scenario) {
        CathedraUser owner = somebody();
        CathedraUser intruder = somebody();
        notify(scenario, owner, "private");
        long theirs = repository.findByRecipientPersonId(owner.personId(), Pageable.unpaged()).getContent()
                .getFirst().toItem().id();
        SignIn.as(accounts, intruder.username());

        assertThat(service.mine(PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> service.markRead(theirs)).isInstanceOf(NotFoundException.class);
        assertThat(service.markAllRead()).isZero();

        SignIn.as(accounts, owner.username());
        assertThat(service.unreadCount()).as("the owner's notification is still unread").isEqualTo(1);
    }

    @Test
    void nobody_reads_notifications_without_signing_in() {
        assertThatThrownBy(() -> service.unreadCount()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
