package dev.spinetriage.triage.dto;

import dev.spinetriage.rules.Disposition;
import dev.spinetriage.rules.code.PolicyProfile;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of one triage, exactly as stored and as returned by GET /api/v1/triage/{triageId}. */
@Schema(name = "TriageResponse", description = "Decision support for a pain specialist, never a diagnosis. A therapy "
        + "appears in at most one of candidates, deferred and excluded.")
public record TriageResponse(
        UUID triageId,
        OffsetDateTime createdAt,
        @Schema(description = "Version of the ruleset that produced this answer.") String rulesetVersion,
        @Schema(description = "The governing policy the answer applies: US_CMS or UK_NICE.") PolicyProfile policyProfile,
        Disposition disposition,
        @Schema(description = "Red flags that fired. EMERGENCY/URGENT ones block every injection.")
        List<RedFlagDto> redFlags,
        @Schema(description = "Therapies the specialist could offer now, best first.") List<CandidateDto> candidates,
        @Schema(description = "Therapies whose pattern matches but a prerequisite is unmet: the pathway.")
        List<DeferredDto> deferred,
        @Schema(description = "Therapies whose pattern matches but a red flag or contraindication rules them out.")
        List<ExcludedDto> excluded,
        @Schema(description = "Missing inputs that would change the answer.")
        List<FollowUpQuestionDto> followUpQuestions,
        String disclaimer) {

    @Schema(name = "RedFlag")
    public record RedFlagDto(
            String code,
            @Schema(enumeration = {"EMERGENCY", "URGENT", "ADVISORY"}) String urgency,
            String message,
            @Schema(description = "Source short ids, e.g. NICE-CKS-RF.") String source,
            @Schema(description = "The reported red-flag codes that fired it.") List<String> triggeredBy) {}

    @Schema(name = "Candidate")
    public record CandidateDto(
            String therapy,
            String name,
            @Schema(enumeration = {"DIAGNOSTIC", "THERAPEUTIC", "DIAGNOSTIC_AND_THERAPEUTIC"}) String purpose,
            @Schema(description = "1 = first choice.") int rank,
            @Schema(description = "Sum of the weights of the indications and supporting findings that matched.")
            int score,
            List<String> rationale,
            @Schema(description = "Ids of the rules that matched.") List<String> matchedRules,
            @Schema(description = "Contraindications and cautions to manage; always shown.") List<FindingDto> cautions,
            List<EvidenceDto> evidence,
            @Schema(description = "The policy profile's criteria for this therapy, checked for this patient.")
            List<CriterionDto> criteria) {}

    @Schema(name = "Deferred")
    public record DeferredDto(
            String therapy,
            String name,
            List<UnmetPrerequisiteDto> unmetPrerequisites,
            List<String> rationale,
            List<String> matchedRules,
            List<FindingDto> cautions,
            List<EvidenceDto> evidence,
            @Schema(description = "The policy profile's criteria for this therapy, checked for this patient.")
            List<CriterionDto> criteria) {}

    @Schema(name = "Excluded")
    public record ExcludedDto(String therapy, String name, List<ExclusionReasonDto> reasons) {}

    @Schema(name = "ExclusionReason", description = "Why a therapy is excluded, with the source that supports it.")
    public record ExclusionReasonDto(
            String code,
            String message,
            String source,
            @Schema(description = "CLINICAL: about this patient (a contraindication, a red flag); COVERAGE: the "
                    + "governing policy does not cover or offer the therapy.", enumeration = {"CLINICAL", "COVERAGE"})
            String reasonKind) {}

    @Schema(name = "Criterion", description = "One criterion of the governing policy (for US_CMS the coverage "
            + "policy's indications and documentation requirements), checked for this patient.")
    public record CriterionDto(
            String id,
            String text,
            @Schema(enumeration = {"MET", "UNMET", "UNKNOWN"}) String status,
            @Schema(description = "The request fields it reads.") List<String> inputs,
            @Schema(description = "UNKNOWN only: the unreported fields that would settle it.") List<String> missing,
            String citation) {}

    @Schema(name = "Finding", description = "A coded statement with the source that supports it.")
    public record FindingDto(String code, String message, String source) {}

    @Schema(name = "UnmetPrerequisite")
    public record UnmetPrerequisiteDto(
            String code,
            String message,
            String source,
            @Schema(description = "NOT_MET: known not to hold; NOT_REPORTED: an input it needs is missing.",
                    enumeration = {"NOT_MET", "NOT_REPORTED"}) String status) {}

    @Schema(name = "Evidence", description = "A source cited by a rule that matched for this patient, with the "
            + "therapy catalogue's graded statement for it when there is one.")
    public record EvidenceDto(
            @Schema(description = "The graded statement, or the source's title when the catalogue grades none.")
            String citation,
            @Schema(description = "Absent when the catalogue grades no statement of this source for this pattern.",
                    enumeration = {"HIGH", "MODERATE", "LOW_TO_MODERATE", "LOW", "INVESTIGATIONAL"}) String level,
            @Schema(description = "Source short id, e.g. LCD-ESI.") String source) {}

    @Schema(name = "FollowUpQuestion")
    public record FollowUpQuestionDto(
            @Schema(description = "JSON path of the missing request field.") String field,
            String question,
            String why) {}
}
