package dev.spinetriage.platform.ratelimit;

/**
 * A key's own limit, as stored with it; a null part keeps the configured default. It travels with the verified
 * key's identity ({@link #ATTRIBUTE}), so enforcing it never asks the database.
 */
public record RateLimitOverride(Integer requestsPerSecond, Integer burst) {

    public static final String ATTRIBUTE = "spinetriage.rate-limit";

    /** Null when neither part is set, so identities of keys without an override carry no attribute. */
    public static RateLimitOverride ofNullable(Integer requestsPerSecond, Integer burst) {
        return requestsPerSecond == null && burst == null ? null : new RateLimitOverride(requestsPerSecond, burst);
    }
}
