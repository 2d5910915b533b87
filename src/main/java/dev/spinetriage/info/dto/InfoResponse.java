package dev.spinetriage.info.dto;

import dev.spinetriage.rules.code.PolicyProfile;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Info", description = "Which API, build and ruleset answer here.")
public record InfoResponse(
        @Schema(description = "The API's version, as in the OpenAPI document's info.version.", example = "1.0.0")
        String apiVersion,
        @Schema(description = "The build's version (the Maven project version).", example = "1.0.0-SNAPSHOT")
        String buildVersion,
        @Schema(description = "The ruleset active in the database, which every instance evaluates with (an "
                + "instance follows a change within a second).") ActiveRulesetDto activeRuleset,
        @Schema(description = "The governing policies a triage can be answered under (policyProfile).")
        List<PolicyProfile> policyProfiles,
        @Schema(description = "The profile of a triage that names none and whose API key has no default.")
        PolicyProfile defaultPolicyProfile) {

    @Schema(name = "ActiveRulesetInfo")
    public record ActiveRulesetDto(
            @Schema(example = "2026.11.0") String version,
            @Schema(description = "When it was published.") OffsetDateTime publishedAt) {}
}
