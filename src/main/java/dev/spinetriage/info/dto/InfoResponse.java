package dev.spinetriage.info.dto;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Info", description = "Which API, build and ruleset answer here.")
public record InfoResponse(
        @Schema(description = "The API's version, as in the OpenAPI document's info.version.", example = "1.0.0")
        String apiVersion,
        @Schema(description = "The build's version (the Maven project version).", example = "1.0.0-SNAPSHOT")
        String buildVersion,
        @Schema(description = "The ruleset active in the database, which every instance evaluates with (an "
                + "instance follows a change within a second).") ActiveRulesetDto activeRuleset) {

    @Schema(name = "ActiveRulesetInfo")
    public record ActiveRulesetDto(
            @Schema(example = "2026.11.0") String version,
            @Schema(description = "When it was published.") OffsetDateTime publishedAt) {}
}
