package org.cathedra.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.cathedra.directory.AccountService;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Feeds parsed back with ical4j: the zone, stable UIDs, SEQUENCE, cancellations, and nobody else's sessions. */
@CathedraTest
class CalendarFeedServiceTest {

    @Autowired
    CalendarFeedService feeds;
    @Autowired
    TimetableService timetable;
    @Autowired
    ScheduleFixture fixture;
    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    private static String uid(VEvent event) {
        return event.getUid().orElseThrow().getValue();
    }

    private static String property(VEvent event, String name) {
        return event.<Property>getProperty(name).orElseThrow().getValue();
    }

    private long place(LocalDate date, String cohort) {
        SignIn.as(accounts, "admin");
        long teacher = fixture.teacher();
        return timetable.save(null, 0, ScheduleFixture.draft(fixture.offering(teacher), date, 3, 2, fixture.room(30),
                Set.of(teacher), Set.of(cohort), false, null)).getFirst();
    }

    private String tokenOf(String username) {
        SignIn.as(accounts, username);
        return feeds.issueMyToken();
    }

    @Test
    void a_feed_carries_the_institute_zone_stable_uids_a_rising_sequence_and_cancellations() throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(20);
        String cohort = "G-FEED-" + System.nanoTime() % 100000;
        String anna = fixture.studentWithLogin(cohort);
        long id = place(day, cohort);
        String token = tokenOf(anna);

        Calendar first = parse(feeds.feed(token).orElseThrow());
        VTimeZone zone = first.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Moscow");
        // Moscow has kept UTC+3 since October 2014, with no daylight saving
        assertThat(zone.getObservances()).hasSize(1).first()
                .satisfies(o -> assertThat(o.<Property>getProperty(Property.TZOFFSETTO).orElseThrow().getValue())
                        .isEqualTo("+0300"));
        assertThat(events(first)).hasSize(1);
        VEvent event = events(first).getFirst();
        assertThat(uid(event)).isEqualTo("session-" + id + "@cathedra");
        assertThat(property(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(property(event, Property.STATUS)).isEqualTo("CONFIRMED");
        var start = event.<Property>getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.<Parameter>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Moscow");
        assertThat(start.getValue()).isEqualTo(day.toString().replace("-", "") + "T105000");

        SignIn.as(accounts, "admin");
        SessionView placed = timetable.get(id);
        timetable.save(id, placed.version(), placed.toDraft().on(day.plusDays(1)));
        VEvent moved = events(parse(feeds.feed(token).orElseThrow())).getFirst();
        assertThat(uid(moved)).isEqualTo(uid(event));
        assertThat(property(moved, Property.SEQUENCE)).isEqualTo("1");

        timetable.cancel(id, timetable.get(id).version());
        VEvent cancelled = events(parse(feeds.feed(token).orElseThrow())).getFirst();
        assertThat(uid(cancelled)).isEqualTo(uid(event));
        assertThat(property(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(property(cancelled, Property.SEQUENCE)).isEqualTo("2");
    }

    @Test
    void one_token_never_returns_another_persons_sessions_and_a_revoked_token_returns_nothing() throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(25);
        String cohortA = "G-FA-" + System.nanoTime() % 100000;
        String cohortB = "G-FB-" + System.nanoTime() % 100000;
        String anna = fixture.studentWithLogin(cohortA);
        String boris = fixture.studentWithLogin(cohortB);
        long annasSession = place(day, cohortA);
        long borisSession = place(day, cohortB);
        String annasToken = tokenOf(anna);
        String borisToken = tokenOf(boris);
        // as the feed endpoint is reached: nobody signed in, Spring Security's anonymous visitor
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("feed",
                "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        assertThat(events(parse(feeds.feed(annasToken).orElseThrow()))).extracting(CalendarFeedServiceTest::uid)
                .contains("session-" + annasSession + "@cathedra")
                .doesNotContain("session-" + borisSession + "@cathedra");
        assertThat(events(parse(feeds.feed(borisToken).orElseThrow()))).extracting(CalendarFeedServiceTest::uid)
                .contains("session-" + borisSession + "@cathedra")
                .doesNotContain("session-" + annasSession + "@cathedra");

        SignIn.as(accounts, anna);
        assertThat(feeds.myFeedSince()).isPresent();
        String renewed = feeds.issueMyToken();
        assertThat(renewed).isNotEqualTo(annasToken).hasSizeGreaterThanOrEqualTo(40);
        assertThat(feeds.feed(annasToken)).isEmpty();
        assertThat(feeds.feed(renewed)).isPresent();
        feeds.revokeMyToken();
        assertThat(feeds.feed(renewed)).isEmpty();
        assertThat(feeds.myFeedSince()).isEmpty();
        assertThat(feeds.feed("no-such-token")).isEmpty();
    }
}
