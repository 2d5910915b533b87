package dev.spinetriage.vocabulary.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VocabularyCode")
public record VocabularyCodeDto(
        String code,
        String label,
        String description,
        @Schema(description = "SNOMED CT concept id; null until verified against a SNOMED release.") String snomedCtId,
        String snomedCtDisplay) {}
