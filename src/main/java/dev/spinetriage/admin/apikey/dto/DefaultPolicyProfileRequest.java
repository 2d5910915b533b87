package dev.spinetriage.admin.apikey.dto;

import dev.spinetriage.rules.code.PolicyProfile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DefaultPolicyProfile", description = "The policy profile a key's triages default to.")
public record DefaultPolicyProfileRequest(
        @Schema(description = "US_CMS or UK_NICE; null to use the service's default.") PolicyProfile
        defaultPolicyProfile) {
}
