package dev.spinetriage.triage.dto;

import dev.spinetriage.platform.validation.NoDuplicates;
import dev.spinetriage.rules.code.ConservativeCareModality;
import dev.spinetriage.rules.code.ConservativeCareOutcome;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConservativeCare", description = "Conservative (non-interventional) care tried so far.")
public record ConservativeCareDto(
        @Schema(description = "Weeks of conservative care so far.") @Min(0) @Max(5200) Integer weeks,
        @Size(max = 50) @NoDuplicates List<ConservativeCareModality> modalities,
        @Schema(description = "How it has turned out: FAILED, PARTIAL_RELIEF, IMPROVING (still helping: injections "
                + "wait), NOT_TOLERATED or ONGOING.") ConservativeCareOutcome outcome) {}
