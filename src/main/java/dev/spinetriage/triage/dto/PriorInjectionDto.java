package dev.spinetriage.triage.dto;

import dev.spinetriage.rules.code.Therapy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PriorInjection", description = "An injection already given and the relief it brought.")
public record PriorInjectionDto(
        @Schema(required = true) @NotNull Therapy therapy,
        @Schema(description = "Pain relief it gave, in percent.", required = true) @NotNull @Min(0) @Max(100)
        Integer reliefPercent,
        @Schema(description = "How many weeks ago it was given.", required = true) @NotNull @Min(0) @Max(5200)
        Integer weeksAgo) {}
