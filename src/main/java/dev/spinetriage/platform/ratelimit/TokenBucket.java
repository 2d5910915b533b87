package dev.spinetriage.platform.ratelimit;

/**
 * A token bucket: holds up to {@code burst} tokens, refills at {@code perSecond} tokens a second, and a request
 * takes one. Starts full, so a key's first burst is served at once. Time is passed in (System.nanoTime()), so the
 * arithmetic is unit-tested without waiting.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private final double perSecond;
    private final int burst;
    private double tokens;
    private long lastRefillNanos;

    TokenBucket(double perSecond, int burst, long nowNanos) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.lastRefillNanos = nowNanos;
    }

    boolean hasLimit(int perSecond, int burst) {
        return this.perSecond == perSecond && this.burst == burst;
    }

    /**
     * Takes a token if there is one and returns 0; otherwise takes nothing and returns how many nanoseconds until
     * one will be there. A lock per bucket: only requests of the same key ever wait for each other, and only for a
     * few arithmetic operations.
     */
    synchronized long tryTake(long nowNanos) {
        long wait = waitNanos(nowNanos);
        if (wait == 0) {
            tokens -= 1;
        }
        return wait;
    }

    /** Like {@link #tryTake} without taking: 0 when a token is there, else the nanoseconds until one will be. */
    synchronized long waitNanos(long nowNanos) {
        long elapsed = nowNanos - lastRefillNanos;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed * perSecond / NANOS_PER_SECOND);
            lastRefillNanos = nowNanos;
        }
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * NANOS_PER_SECOND / perSecond);
    }

    /** Refilled to its burst: it remembers nothing a new bucket would not, so it can be dropped. */
    synchronized boolean isFull(long nowNanos) {
        waitNanos(nowNanos);
        return tokens >= burst;
    }
}
