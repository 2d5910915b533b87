package dev.spinetriage.platform.logging;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Polls with a deadline instead of sleeping: a log line written when a response ends may trail the response. */
final class PollUntil {

    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(10);

    private PollUntil() {
    }

    static boolean found(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return condition.getAsBoolean();
    }
}
