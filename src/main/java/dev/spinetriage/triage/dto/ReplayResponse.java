package dev.spinetriage.triage.dto;

import dev.spinetriage.rules.Disposition;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReplayResponse", description = "A stored triage re-run on another ruleset: both answers and what "
        + "changed. Nothing is stored.")
public record ReplayResponse(TriageResponse original, TriageResponse replayed, Changes changes) {

    @Schema(name = "ReplayChanges")
    public record Changes(
            boolean dispositionChanged,
            Disposition dispositionBefore,
            Disposition dispositionAfter,
            @Schema(description = "Therapies that became candidates.") List<String> candidatesAdded,
            @Schema(description = "Therapies that are no longer candidates.") List<String> candidatesRemoved,
            List<String> deferredAdded,
            List<String> deferredRemoved,
            List<String> excludedAdded,
            List<String> excludedRemoved,
            @Schema(description = "Red-flag codes that newly fire.") List<String> redFlagsAdded,
            List<String> redFlagsRemoved) {}
}
