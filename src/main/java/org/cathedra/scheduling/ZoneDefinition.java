package org.cathedra.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A VTIMEZONE written from the JDK's time-zone rules for the span a feed covers: the observance in force at its
 * start and every transition up to its end. The definitions bundled with ical4j are not used: their Europe/Moscow
 * lacks the 2014 return to UTC+3 and would put every session an hour late.
 */
final class ZoneDefinition {

    private ZoneDefinition() {
    }

    static VTimeZone of(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        VTimeZone definition = new VTimeZone();
        definition.add(new TzId(zone.getId()));
        ZoneOffsetTransition inForce = rules.previousTransition(from.plusSeconds(1));
        if (inForce == null) {
            ZoneOffset offset = rules.getOffset(from);
            definition.add(observance(false, LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset));
        } else {
            definition.add(observance(rules.isDaylightSavings(inForce.getInstant()), inForce.getDateTimeBefore(),
                    inForce.getOffsetBefore(), inForce.getOffsetAfter()));
        }
        for (ZoneOffsetTransition next = rules.nextTransition(from); next != null && next.getInstant().isBefore(to);
                next = rules.nextTransition(next.getInstant())) {
            definition.add(observance(rules.isDaylightSavings(next.getInstant()), next.getDateTimeBefore(),
                    next.getOffsetBefore(), next.getOffsetAfter()));
        }
        return definition;
    }

    private static Observance observance(boolean daylight, LocalDateTime onset, ZoneOffset before,
            ZoneOffset after) {
        Observance observance = daylight ? new Daylight() : new Standard();
        observance.add(new DtStart<>(onset));
        observance.add(new TzOffsetFrom(before));
        observance.add(new TzOffsetTo(after));
        return observance;
    }
}
