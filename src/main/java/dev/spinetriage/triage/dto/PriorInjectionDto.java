package dev.spinetriage.triage.dto;

import dev.spinetriage.rules.code.InjectionRegion;
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
        Integer weeksAgo,
        @Schema(description = "Where it was given. Qualifying medial branch blocks are counted per region.")
        InjectionRegion region,
        @Schema(description = "How many hours the relief lasted.") @Min(0) @Max(100000) Integer reliefDurationHours,
        @Schema(description = "The relief lasted as long as the local anaesthetic used should act (a believable "
                + "diagnostic block); false leaves the block out of the qualifying count.")
        Boolean concordantWithAnesthetic) {}
