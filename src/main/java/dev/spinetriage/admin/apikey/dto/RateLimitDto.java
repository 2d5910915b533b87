package dev.spinetriage.admin.apikey.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key's own rate limit; a part left out (null) keeps the configured default. */
@Schema(name = "RateLimit", description = "The key's own rate limit, per instance. A part left out (null) keeps the "
        + "service's default (spinetriage.rate-limit.*, see the README). Over the limit a request is answered 429 "
        + "with Retry-After.")
public record RateLimitDto(
        @Schema(description = "Sustained requests per second.", minimum = "1", maximum = "1000000")
        @Min(1) @Max(1_000_000) Integer requestsPerSecond,
        @Schema(description = "Requests that may be made at once after an idle spell.", minimum = "1",
                maximum = "1000000")
        @Min(1) @Max(1_000_000) Integer burst) {

    /** Null when the key has no limit of its own. */
    public static RateLimitDto ofNullable(Integer requestsPerSecond, Integer burst) {
        return requestsPerSecond == null && burst == null ? null : new RateLimitDto(requestsPerSecond, burst);
    }
}
