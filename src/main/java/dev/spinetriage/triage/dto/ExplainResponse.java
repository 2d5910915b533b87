package dev.spinetriage.triage.dto;

import dev.spinetriage.rules.Disposition;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** POST /api/v1/triage/explain: why each therapy landed where it did, and what single change would move it. */
@Schema(name = "TriageExplanation", description = "Per therapy: its status, the rules that support it and conflict "
        + "with it (each with the reported inputs it tests), the unreported inputs that could change its status, and "
        + "the what-ifs: each single changed answer that would move it to another status. Nothing is stored. "
        + "Decision support for a specialist, never a diagnosis.")
public record ExplainResponse(
        @Schema(description = "Version of the ruleset that produced this explanation.") String rulesetVersion,
        @Schema(description = "The disposition a triage of this request gives.") Disposition disposition,
        @Schema(description = "Every therapy of the ruleset, in catalogue order.") List<ExplainedTherapyDto> therapies,
        @Schema(description = "How many changed requests were triaged to find the what-ifs: one per code, flag and "
                + "number boundary the active rules test, at most 256.") int reevaluations,
        @Schema(description = "True when the ruleset offered more changes than 256 and the rest were not tried.")
        boolean whatIfsTruncated,
        String disclaimer) {

    @Schema(name = "ExplainedTherapy")
    public record ExplainedTherapyDto(
            String therapy,
            String name,
            @Schema(description = "Where a triage of this request puts the therapy: in candidates, deferred or "
                    + "excluded, or in no list (NOT_INDICATED: no indication matched).",
                    enumeration = {"CANDIDATE", "DEFERRED", "EXCLUDED", "NOT_INDICATED"}) String status,
            @Schema(description = "Indications and supporting findings that hold.") List<ExplainedRuleDto> supporting,
            @Schema(description = "Blocking red flags and contraindications that hold; prerequisites known not to "
                    + "hold.") List<ExplainedRuleDto> conflicting,
            @Schema(description = "Unreported inputs that decide a rule able to change this therapy's status.")
            List<MissingInputDto> missing,
            @Schema(description = "Each single changed answer that moves the therapy to another status.")
            List<WhatIfDto> whatIfs) {}

    @Schema(name = "ExplainedRule")
    public record ExplainedRuleDto(
            String ruleId,
            @Schema(enumeration = {"RED_FLAG", "INDICATION", "SUPPORTING_FINDING", "PREREQUISITE",
                "CONTRAINDICATION"}) String kind,
            String code,
            String message,
            @Schema(description = "Source short ids.") String source,
            @Schema(description = "The request fields the rule tests, with what this request holds there.")
            List<ExplainedInputDto> inputs) {}

    @Schema(name = "ExplainedInput")
    public record ExplainedInputDto(
            @Schema(description = "JSON path of the request field.") String field,
            @Schema(description = "The reported value: the tested codes present (or 'none of ...'), a number, "
                    + "true/false, or 'not reported'.") String value) {}

    @Schema(name = "MissingInput")
    public record MissingInputDto(
            @Schema(description = "JSON path of the missing request field.") String field,
            String question,
            @Schema(description = "Ids of the rules it decides.") List<String> rules) {}

    @Schema(name = "WhatIf", description = "Make this one change to the request and a triage puts the therapy in "
            + "status.")
    public record WhatIfDto(
            @Schema(description = "JSON path of the request field; priorInjections[i] names a reported injection.")
            String field,
            @Schema(enumeration = {"ADD", "REMOVE", "SET"}) String change,
            @Schema(description = "The code added or removed, the flag or number set, or the prior injection as "
                    + "'THERAPY, relief N%, W weeks ago'.") String value,
            @Schema(enumeration = {"CANDIDATE", "DEFERRED", "EXCLUDED", "NOT_INDICATED"}) String status) {}
}
