package dev.spinetriage.triage.dto;

import dev.spinetriage.rules.code.MotorDeficit;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClinicalFindings", description = "Examination findings, where a clinician has them.")
public record ClinicalFindingsDto(
        @Schema(description = "How many of the six sacroiliac provocation tests are positive (0-6).") @Min(0) @Max(6)
        Integer sacroiliacProvocationPositive,
        @Schema(description = "Palpable myofascial trigger points (taut band, spot tenderness, referred pain).")
        Boolean triggerPointsPalpable,
        Boolean straightLegRaisePositive,
        @Schema(description = "Older name of imaging.concordantWithSymptoms, still accepted; when both are given "
                + "they must agree.", deprecated = true)
        Boolean imagingConcordant,
        @Schema(description = "The motor examination: NONE, MILD_STABLE, SEVERE or PROGRESSIVE (getting worse).")
        MotorDeficit motorDeficit,
        @Schema(description = "Facet loading (extension with rotation) reproduces the pain.")
        Boolean facetLoadingPositive,
        @Schema(description = "Widespread tenderness, beyond localised trigger points.")
        Boolean widespreadTenderness) {}
