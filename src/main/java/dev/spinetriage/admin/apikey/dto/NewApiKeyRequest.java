package dev.spinetriage.admin.apikey.dto;

import dev.spinetriage.platform.validation.PlainText;
import dev.spinetriage.platform.validation.NoDuplicates;
import dev.spinetriage.rules.code.PolicyProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewApiKey", description = "A key to create: who it is for, what it may do and, optionally, "
        + "how often.")
public record NewApiKeyRequest(
        @Schema(description = "Unique, e.g. the clinic or system that will use the key.")
        @NotBlank @Size(max = 100) @PlainText String name,
        @Schema(description = "triage: triage patients and read the catalogue; rules-admin: everything under "
                + "/api/v1/admin and every client's triages.")
        @NotEmpty @NoDuplicates
        List<@NotNull @Pattern(regexp = "triage|rules-admin", message = "unknown role; allowed: triage, rules-admin")
                String> roles,
        @Schema(description = "Optional: the key's own rate limit instead of the service's default.")
        @Valid RateLimitDto rateLimit,
        @Schema(description = "Optional: the policy profile this client's triages default to (US_CMS or UK_NICE) when "
                + "a request names none; absent: the service's default.")
        PolicyProfile defaultPolicyProfile) {
}
