package dev.spinetriage.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The default rate limit of every API key; a key may carry its own (set when it is created). The defaults suit a
 * clinic's intake app: people triage a patient every few minutes and the app reads the vocabulary now and then, so
 * 10 requests a second sustained with bursts of 50 never throttles honest use, yet stops a client stuck in a loop
 * from taking the service from the other clinics. Limits are kept per instance: N instances allow N times this.
 */
@ConfigMapping(prefix = "spinetriage.rate-limit")
public interface RateLimitConfig {

    /** Sustained requests per second per API key. */
    @WithDefault("10")
    int requestsPerSecond();

    /** Requests a key may make at once after being idle (the token bucket's size). */
    @WithDefault("50")
    int burst();

    /** How many failed authentications one client address may have before its credentials are not looked at. */
    FailedAuthentications failedAuthentications();

    /**
     * Every well-formed key that is not cached costs a database lookup, so a client guessing keys is slowed down
     * by its address, before any lookup: 20 failures at once (a misconfigured app retrying a revoked key, a person
     * mistyping), then one every 2 seconds. Honest clients fail a handful of times at most.
     */
    interface FailedAuthentications {

        /** Failures one address may have at once. */
        @WithDefault("20")
        int burst();

        /** Failures an address is allowed again per minute once its burst is spent. */
        @WithDefault("30")
        int perMinute();
    }
}
