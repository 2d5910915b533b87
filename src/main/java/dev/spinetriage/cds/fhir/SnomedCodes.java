package dev.spinetriage.cds.fhir;

import java.util.Map;
import java.util.Optional;

/**
 * Our vocabulary's SNOMED CT concept ids (from the vocabulary table, never a second list in code): SNOMED id to
 * category and code. A code whose SNOMED id is not verified (NULL) cannot be recognised in FHIR data.
 */
public record SnomedCodes(Map<String, VocabularyRef> byConceptId) {

    public static final String SYSTEM = "http://snomed.info/sct";

    /** A vocabulary code: its category (SYMPTOM, RED_FLAG …) and code (RADIATING_PAIN …). */
    public record VocabularyRef(String category, String code) {}

    public SnomedCodes {
        byConceptId = Map.copyOf(byConceptId);
    }

    public Optional<VocabularyRef> find(String conceptId) {
        return Optional.ofNullable(byConceptId.get(conceptId));
    }
}
