package dev.spinetriage.vocabulary.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TherapyDescription",
        description = "A therapy of the catalogue: what it is, how it is given, what it is for.")
public record TherapyDto(
        String code,
        String name,
        @Schema(enumeration = {"DIAGNOSTIC", "THERAPEUTIC", "DIAGNOSTIC_AND_THERAPEUTIC"}) String purpose,
        String description,
        String administration,
        String typicalRelief,
        @Schema(description = "Investigational therapies rank after every standard option.") boolean investigational,
        @Schema(description = "Diagnostic therapy that comes first on the pathway, if any.") String unlockedBy,
        List<EvidenceItem> evidence,
        @Schema(description = VocabularyCodeDto.SNOMED_CT_ID) String snomedCtId,
        @Schema(description = VocabularyCodeDto.SNOMED_CT_DISPLAY) String snomedCtDisplay) {

    @Schema(name = "TherapyEvidence")
    public record EvidenceItem(String citation, String level, String source,
            @Schema(description = "The indication code the statement is about; absent when it holds for the therapy "
                    + "whatever the pattern.") String pattern) {}
}
