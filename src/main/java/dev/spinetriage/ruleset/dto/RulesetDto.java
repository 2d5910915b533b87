package dev.spinetriage.ruleset.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.spinetriage.rules.code.PolicyProfile;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Ruleset", description = "A versioned ruleset and its rules.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RulesetDto(
        String version,
        @Schema(enumeration = {"DRAFT", "PUBLISHED", "RETIRED"}) String status,
        boolean active,
        String changeNote,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime publishedAt,
        String publishedBy,
        @Schema(description = "Every rule; left out of list views.", nullable = true) List<RuleDto> rules,
        @Schema(description = "The governing policies its rules can be read under: a rule applies to every profile or "
                + "to those it names.") List<PolicyProfile> policyProfiles) {

    @Schema(name = "Rule")
    public record RuleDto(
            String ruleId,
            @Schema(enumeration = {"RED_FLAG", "INDICATION", "SUPPORTING_FINDING", "PREREQUISITE",
                "CONTRAINDICATION", "CAUTION", "CRITERION"}) String kind,
            @Schema(description = "Therapy code, or null when the rule applies to every therapy.") String therapy,
            @Schema(description = "JSON condition over the request; see the README for the language.",
                    implementation = Object.class) JsonNode condition,
            int weight,
            String code,
            String message,
            String rationale,
            @Schema(description = "Source short ids, comma-separated.") String citation,
            @Schema(enumeration = {"EMERGENCY", "URGENT", "ADVISORY"}) String urgency,
            @Schema(description = "Prerequisites only: unmet means conservative care first.")
            boolean conservativeCareGate,
            @Schema(description = "The policy profiles the rule applies to; empty for every profile.")
            List<PolicyProfile> profiles,
            @Schema(description = "CLINICAL or COVERAGE: whether what the rule finds (an exclusion reason) is about "
                    + "the patient or the policy's coverage.", enumeration = {"CLINICAL", "COVERAGE"})
            String reasonKind) {}
}
