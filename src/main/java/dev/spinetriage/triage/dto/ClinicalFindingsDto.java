package dev.spinetriage.triage.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClinicalFindings", description = "Examination and imaging findings, where a clinician has them.")
public record ClinicalFindingsDto(
        @Schema(description = "How many of the six sacroiliac provocation tests are positive (0-6).") @Min(0) @Max(6)
        Integer sacroiliacProvocationPositive,
        @Schema(description = "Palpable myofascial trigger points (taut band, spot tenderness, referred pain).")
        Boolean triggerPointsPalpable,
        Boolean straightLegRaisePositive,
        @Schema(description = "Imaging shows a finding concordant with symptoms and examination.")
        Boolean imagingConcordant) {}
