package dev.spinetriage.vocabulary.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VocabularyCode")
public record VocabularyCodeDto(
        String code,
        String label,
        String description,
        @Schema(description = SNOMED_CT_ID) String snomedCtId,
        @Schema(description = SNOMED_CT_DISPLAY) String snomedCtDisplay) {

    public static final String SNOMED_CT_ID = "SNOMED CT concept id (code system http://snomed.info/sct), set only "
            + "where verified against a public source and its Verhoeff check digit; null where no concept matches "
            + "this code closely (see README).";

    public static final String SNOMED_CT_DISPLAY = "The SNOMED CT concept's preferred term; null exactly when "
            + "snomedCtId is null.";
}
