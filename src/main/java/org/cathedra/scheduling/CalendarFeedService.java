package org.cathedra.scheduling;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.scheduling.internal.CalendarFeed;
import org.cathedra.scheduling.internal.FeedRepository;
import org.cathedra.scheduling.internal.Participants;
import org.cathedra.scheduling.internal.RoomRepository;
import org.cathedra.directory.CurrentUser;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private iCalendar feeds of the timetable (RFC 5545). Each teacher or student may hold one random token, kept
 * only as its SHA-256; the feed behind it lists their published sessions only, with the institute's VTIMEZONE, a UID
 * per session that never changes, SEQUENCE raised by every change after publication, and cancelled sessions as
 * STATUS:CANCELLED.
 */
@Service
@PreAuthorize(Roles.ANY)
@Transactional(readOnly = true)
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;
    /** How far the feed reaches back and ahead of today. */
    private static final int DAYS_BACK = 120;
    private static final int DAYS_AHEAD = 400;

    private final FeedRepository feeds;
    private final PersonalTimetable timetable;
    private final Participants people;
    private final RoomRepository rooms;
    private final CurrentUser currentUser;
    private final InstituteSettings settings;
    private final Clock clock;

    CalendarFeedService(FeedRepository feeds, PersonalTimetable timetable, Participants people, RoomRepository rooms,
            CurrentUser currentUser, InstituteSettings settings, Clock clock) {
        this.feeds = feeds;
        this.timetable = timetable;
        this.people = people;
        this.rooms = rooms;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * When the signed-in user's feed was made, if they have one. The token itself cannot be read back: only its
     * hash is kept, so the address is shown once, when it is made.
     */
    public Optional<Instant> myFeedSince() {
        Long personId = currentUser.require().personId();
        return personId == null ? Optional.empty() : feeds.findByPersonId(personId).map(CalendarFeed::getCreatedAt);
    }

    /**
     * Makes a new token for the signed-in user and returns it, the only time it can be seen; the old one, if any,
     * stops working at once.
     */
    @Transactional
    public String issueMyToken() {
        long personId = currentUser.requirePersonId();
        feeds.revoke(personId);
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        feeds.save(new CalendarFeed(personId, token, clock.instant()));
        return token;
    }

    /** Revokes the signed-in user's token. */
    @Transactional
    public void revokeMyToken() {
        feeds.revoke(currentUser.requirePersonId());
    }

    /**
     * The feed behind a token, for calendar applications that cannot sign in: the token itself is the credential,
     * so this is open to anyone; an unknown or revoked token gives nothing.
     */
    @PreAuthorize("permitAll()")
    public Optional<String> feed(String token) {
        if (token.length() > 64) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(CalendarFeed.hash(token)).map(f -> render(f.getPersonId()));
    }

    private String render(long personId) {
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        List<TimetableSession> sessions = timetable.of(personId, today.minusDays(DAYS_BACK),
                today.plusDays(DAYS_AHEAD));
        Map<Long, CourseOffering> offerings = people.offerings(
                sessions.stream().map(TimetableSession::getOfferingId).collect(Collectors.toSet()));
        Map<Long, String> roomCodes = rooms.findAllById(
                sessions.stream().map(TimetableSession::getRoomId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Room::getId, Room::label));
        Map<Long, String> teachers = people.names(sessions.stream().flatMap(s -> s.getTeacherIds().stream())
                .collect(Collectors.toSet()));

        ZoneId zone = settings.zone();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Cathedra//Timetable//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ZoneDefinition.of(zone, today.minusDays(DAYS_BACK).atStartOfDay(zone).toInstant(),
                today.plusDays(DAYS_AHEAD + 1).atStartOfDay(zone).toInstant()));
        DtStamp stamp = new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        for (TimetableSession s : sessions) {
            CourseOffering o = offerings.get(s.getOfferingId());
            String summary = o.getCourse().getCode() + " " + o.getCourse().getNameRu() + " ("
                    + s.getKind().name().toLowerCase(Locale.ROOT) + ")";
            VEvent event = new VEvent(false);
            event.add(new Uid("session-" + s.getId() + "@cathedra"));
            event.add(stamp);
            // local times with the zone's TZID; the VTIMEZONE above defines it
            event.add(new DtStart<>(inZone(zone), s.getDate().atTime(s.getStartsAt())));
            event.add(new DtEnd<>(inZone(zone), s.getDate().atTime(s.getEndsAt())));
            event.add(new Summary(summary));
            event.add(new Sequence(s.getSequence()));
            event.add(new Location(roomCodes.get(s.getRoomId())));
            event.add(new Description(String.join(", ",
                    s.getTeacherIds().stream().map(teachers::get).sorted().toList())));
            event.add(new Status(s.isCancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static ParameterList inZone(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }
}
