package dev.spinetriage.cds;

import dev.spinetriage.cds.dto.CdsDiscovery;
import dev.spinetriage.intake.IntakeQuestionnaire;
import dev.spinetriage.cds.fhir.SnomedCodes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The CDS services this API offers, as the discovery document lists them. */
@ApplicationScoped
public class CdsServiceCatalog {

    public static final String TRIAGE_SERVICE = "back-pain-injection-triage";
    public static final String PATIENT_VIEW = "patient-view";
    private static final String PATIENT = "{{context.patientId}}";
    /** Vocabulary categories recorded as Conditions or Observations in an EHR. */
    private static final Set<String> CLINICAL_CATEGORIES = Set.of("SYMPTOM", "PAIN_LOCATION", "RED_FLAG",
            "CONTRAINDICATION", "AGGRAVATING_FACTOR", "CONSERVATIVE_CARE_MODALITY");

    private final CdsVocabulary vocabulary;

    CdsServiceCatalog(CdsVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public boolean offers(String serviceId) {
        return TRIAGE_SERVICE.equals(serviceId);
    }

    public CdsDiscovery discovery() {
        return new CdsDiscovery(List.of(new CdsDiscovery.Service(PATIENT_VIEW,
                "Back-pain injection-therapy triage",
                "Triages a patient with back pain for injection therapies (epidural steroid injection, medial "
                        + "branch block, radiofrequency ablation, trigger point, sacroiliac joint and regenerative "
                        + "injections): red flags first, then ranked candidates with rationale, cautions and "
                        + "citations, and the deferred pathway. Decision support for a pain specialist, never a "
                        + "diagnosis.",
                TRIAGE_SERVICE, prefetch(),
                "Needs a JWT from an issuer on the service's allow-list. Reads Patient, Conditions, Observations, "
                        + "active MedicationRequests and the " + IntakeQuestionnaire.CANONICAL + " response.")));
    }

    /**
     * Conditions and Observations are asked for only with our vocabulary's SNOMED CT ids: the service receives no
     * more of the record than it can use.
     */
    private Map<String, String> prefetch() {
        String codes = String.join(",", vocabulary.snomed().byConceptId().entrySet().stream()
                .filter(e -> CLINICAL_CATEGORIES.contains(e.getValue().category()))
                .map(e -> SnomedCodes.SYSTEM + "|" + e.getKey()).sorted().toList());
        String codeFilter = codes.isEmpty() ? "" : "&code=" + codes;
        Map<String, String> prefetch = new LinkedHashMap<>();
        prefetch.put("patient", "Patient/" + PATIENT);
        prefetch.put("conditions", "Condition?patient=" + PATIENT + "&clinical-status=active" + codeFilter);
        prefetch.put("observations", "Observation?patient=" + PATIENT + codeFilter);
        prefetch.put("medications", "MedicationRequest?patient=" + PATIENT + "&status=active");
        prefetch.put("intake", "QuestionnaireResponse?subject=" + PATIENT + "&questionnaire="
                + IntakeQuestionnaire.CANONICAL);
        return prefetch;
    }
}
