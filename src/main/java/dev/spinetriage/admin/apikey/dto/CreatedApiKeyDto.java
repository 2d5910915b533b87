package dev.spinetriage.admin.apikey.dto;

import dev.spinetriage.rules.code.PolicyProfile;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to creating a key: the only time its secret is ever shown. */
@Schema(name = "CreatedApiKey")
public record CreatedApiKeyDto(
        UUID id,
        String name,
        String keyPrefix,
        List<String> roles,
        OffsetDateTime createdAt,
        String createdBy,
        @Schema(description = "The key's own rate limit; null (or a null part) means the service's default.")
        RateLimitDto rateLimit,
        @Schema(description = "The policy profile the client's triages default to; absent: the service's default.")
        PolicyProfile defaultPolicyProfile,
        @Schema(description = "The key, for 'Authorization: Bearer <key>'. Shown only in this answer: only its hash "
                + "is stored, so a lost key cannot be recovered, only revoked and replaced.")
        String key) {
}
