package org.cathedra.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in tests: the system clock, until a test freezes it and moves it by hand. Living in the
 * one test context (instead of a context of its own) keeps Spring Security's static context holder consistent.
 * A test that freezes the clock must {@link #release()} it afterwards.
 */
@Component
@Primary
public class TestClock extends Clock {

    private volatile Instant frozen;

    /** Stops the clock at the current instant (to the millisecond, which the database keeps exactly). */
    public void freeze() {
        frozen = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Moves a frozen clock forward. */
    public void advance(Duration duration) {
        if (frozen == null) {
            throw new IllegalStateException("freeze the clock first");
        }
        frozen = frozen.plus(duration);
    }

    /** Back to the system clock. */
    public void release() {
        frozen = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant now = frozen;
        return now == null ? Clock.system(zone) : Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        Instant now = frozen;
        return now == null ? Instant.now() : now;
    }
}
