package dev.spinetriage.admin.apikey.dto;

import dev.spinetriage.rules.code.PolicyProfile;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key as listed: never its secret or hash. */
@Schema(name = "ApiKey", description = "An API key, never its secret or hash. revokedAt is set once the key is "
        + "revoked; a revoked key no longer authenticates.")
public record ApiKeyDto(
        UUID id,
        String name,
        @Schema(description = "The key's first characters, to recognise it; not enough to use it.") String keyPrefix,
        List<String> roles,
        OffsetDateTime createdAt,
        @Schema(description = "Name of the key that created it; 'bootstrap' for the first admin key.")
        String createdBy,
        OffsetDateTime revokedAt,
        @Schema(description = "The key's own rate limit; absent (or a part absent) means the service's default.")
        RateLimitDto rateLimit,
        @Schema(description = "The policy profile the client's triages default to; absent: the service's default.")
        PolicyProfile defaultPolicyProfile) {
}
