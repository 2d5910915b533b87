package dev.spinetriage.triage.dto;

import dev.spinetriage.platform.validation.NoDuplicates;
import dev.spinetriage.rules.code.ImagingFinding;
import dev.spinetriage.rules.code.ImagingModality;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Imaging", description = "The most relevant spine imaging study and what it showed.")
public record ImagingDto(
        ImagingModality modality,
        @Schema(description = "How many weeks ago it was done.") @Min(0) @Max(5200) Integer weeksAgo,
        @Size(max = 50) @NoDuplicates List<@NotNull ImagingFinding> findings,
        @Schema(description = "A finding concordant with the symptoms and examination.")
        Boolean concordantWithSymptoms) {}
