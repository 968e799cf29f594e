package org.cathedra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.cathedra.testing.ShownMessages;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;

/**
 * Opens every route as each role that may open it, in both languages, and lets Vaadin prepare the answer it would
 * send to the browser: grids fetch their first page and every other deferred step runs, as after a real request.
 * Nothing may fail there and no "something went wrong" may be shown (an empty roster once broke the grid's data
 * contract on every opening of the rosters page, which only a complete round trip shows).
 */
class EveryViewRendersTest extends UiTest {

    /** "Something went wrong...", in both languages, as the bundles say it. */
    private static final List<String> UNEXPECTED = ShownMessages.openingWords("error.unexpected");

    @Test
    void every_view_opens_and_renders_for_every_role_that_may_open_it() {
        List<String> failures = new ArrayList<>();
        int opened = 0;
        for (Locale locale : List.of(Locale.ENGLISH, Locale.of("ru"))) {
            for (String who : List.of("student", "teacher", "admin")) {
                for (String route : new TreeSet<>(RouteAccessTest.MATRIX.keySet())) {
                    if (!RouteAccessTest.MATRIX.get(route).contains(who) || route.equals("login")) {
                        continue;
                    }
                    signIn(who, locale);
                    try {
                        UI.getCurrent().navigate(route);
                        MockVaadin.clientRoundtrip(false);
                        opened++;
                    } catch (RuntimeException e) {
                        failures.add(who + " /" + route + " (" + locale + "): " + e);
                        continue;
                    }
                    NotificationsKt.getNotifications().stream().map(EveryViewRendersTest::text)
                            .filter(t -> UNEXPECTED.stream().anyMatch(t::contains))
                            .forEach(t -> failures.add(who + " /" + route + " (" + locale + ") shows: " + t));
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(opened).as("views opened").isGreaterThan(60);
    }

    private static String text(Notification notification) {
        StringBuilder text = new StringBuilder(notification.getElement().getProperty("text", ""));
        notification.getChildren().forEach(c -> text.append(' ').append(c.getElement().getTextRecursively()));
        return text.toString();
    }
}
