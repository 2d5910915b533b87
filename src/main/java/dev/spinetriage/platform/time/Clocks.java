package dev.spinetriage.platform.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock every timestamp is read from, injected wherever "now" is needed. UTC, and ticking in microseconds,
 * PostgreSQL's precision: a timestamp stored and the same timestamp returned to the client are equal.
 */
@Singleton
public class Clocks {

    private static final Duration POSTGRESQL_PRECISION = Duration.ofNanos(1_000);

    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), POSTGRESQL_PRECISION);
    }
}
