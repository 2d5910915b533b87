package dev.spinetriage.triage.dto;

import dev.spinetriage.rules.code.SpineRegion;
import dev.spinetriage.rules.code.SpineSurgeryProcedure;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PriorSpineSurgery", description = "A spine operation the patient had. A fusion rules out facet "
        + "procedures (medial branch block, radiofrequency ablation) at that region.")
public record PriorSpineSurgeryDto(
        @Schema(required = true) @NotNull SpineSurgeryProcedure procedure,
        @Schema(required = true) @NotNull SpineRegion region,
        @Schema(description = "How many weeks ago.") @Min(0) @Max(5200) Integer weeksAgo) {}
