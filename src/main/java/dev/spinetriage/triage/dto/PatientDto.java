package dev.spinetriage.triage.dto;

import dev.spinetriage.rules.code.Sex;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Patient")
public record PatientDto(
        @Schema(description = "Age in whole years.", required = true) @NotNull @Min(0) @Max(130) Integer ageYears,
        Sex sex,
        @Schema(description = "Same as reporting the PREGNANCY contraindication.") Boolean pregnant) {}
