package org.cathedra.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import java.util.Locale;
import org.cathedra.directory.CathedraUser;
import org.cathedra.notification.NotificationItem;
import org.cathedra.notification.internal.NotificationRepository;
import org.cathedra.shared.NotificationRequested;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.testing.TestPeople;
import org.cathedra.testing.UiTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

@EnableScenarios
class NotificationsViewTest extends UiTest {

    @Autowired
    TestPeople people;
    @Autowired
    NotificationRepository repository;

    private CathedraUser notified(Scenario scenario, @Nullable String link) {
        CathedraUser user = (CathedraUser) accounts.loadUserByUsername(people.studentWithoutProgramme());
        scenario.publish(new NotificationRequested(user.personId(), "notification.welcome.subject",
                "notification.welcome.body", List.of(user.username()), link))
                .andWaitForStateChange(() -> repository.findByRecipientPersonId(user.personId(), Pageable.unpaged())
                        .getContent());
        return user;
    }

    @SuppressWarnings("unchecked")
    private Grid<NotificationItem> grid() {
        return _get(Grid.class);
    }

    private Div messageCell(int row) {
        return (Div) GridKt._getCellComponent(grid(), row, "message");
    }

    private Button action(int row, String label) {
        return _find(GridKt._getCellComponent(grid(), row, "actions"), Button.class).stream()
                .filter(b -> label.equals(b.getText()) || label.equals(b.getAriaLabel().orElse(""))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label));
    }

    @Test
    void a_person_reads_an_unread_notification_in_their_language_and_marks_it_read(Scenario scenario) {
        CathedraUser user = notified(scenario, "profile");
        signIn(user.username());
        UI.getCurrent().navigate("notifications");

        assertThat(_get(H1.class).getText()).isEqualTo("Notifications");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(messageCell(0).getClassNames()).contains("unread");
        assertThat(messageCell(0).getElement().getTextRecursively()).contains("Your Cathedra login is ready",
                "Hello! You can now sign in to Cathedra as " + user.username() + ".");

        _click(action(0, "Mark as read"));
        assertThat(messageCell(0).getClassNames()).doesNotContain("unread");
        assertThat(_get(Button.class, spec -> spec.withText("Mark all as read")).isEnabled()).isFalse();
    }

    @Test
    void a_russian_reader_sees_the_same_notification_in_russian(Scenario scenario) {
        CathedraUser user = notified(scenario, null);
        signIn(user.username(), Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("notifications");

        assertThat(_get(H1.class).getText()).isEqualTo("Уведомления");
        assertThat(messageCell(0).getElement().getTextRecursively()).contains("Ваша учётная запись в Cathedra готова",
                "Теперь вы можете входить в Cathedra под именем " + user.username() + ".");
        assertThat(_find(GridKt._getCellComponent(grid(), 0, "actions"), Button.class))
                .as("without a link there is nothing to open").hasSize(1);
    }

    @Test
    void opening_a_notification_follows_its_link_and_clears_the_bell(Scenario scenario) {
        CathedraUser user = notified(scenario, "profile");
        signIn(user.username());
        NotificationBell bell = context.getBean(NotificationBell.class);
        UI.getCurrent().add(bell);
        assertThat(bell.badgeText()).isEqualTo("1");

        _click(bell);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("notifications");
        _click(action(0, "Open"));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("profile");
        assertThat(bell.badgeText()).isEmpty();
    }

    @Test
    void the_bell_reads_the_count_again_on_navigation_only_once_its_last_reading_is_old(Scenario scenario) {
        CathedraUser user = notified(scenario, null);
        signIn(user.username());
        NotificationBell bell = context.getBean(NotificationBell.class);
        long[] now = {0};
        bell.ticker = () -> now[0];
        UI.getCurrent().add(bell);
        assertThat(bell.badgeText()).isEqualTo("1");

        scenario.publish(new NotificationRequested(user.personId(), "notification.welcome.subject",
                "notification.welcome.body", List.of(user.username()), null))
                .andWaitForStateChange(() -> repository.findByRecipientPersonId(user.personId(), Pageable.unpaged())
                        .getNumberOfElements() == 2 ? true : null);
        now[0] += NotificationBell.NAVIGATION_REFRESH.toNanos() - 1;
        UI.getCurrent().navigate("profile");
        assertThat(bell.badgeText()).as("read moments ago: not read again").isEqualTo("1");

        now[0] += 1;
        UI.getCurrent().navigate("grades");
        assertThat(bell.badgeText()).isEqualTo("2");
    }

    @Test
    void someone_without_notifications_sees_the_empty_state() {
        signIn(people.studentWithoutProgramme());
        UI.getCurrent().navigate("notifications");

        assertThat(_get(EmptyState.class).isVisible()).isTrue();
        assertThat(_find(Grid.class)).as("no visible list").isEmpty();
    }
}
