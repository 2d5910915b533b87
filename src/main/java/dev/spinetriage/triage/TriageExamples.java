package dev.spinetriage.triage;

/** Request examples shown in the OpenAPI document; the same bodies are used in the README and tested. */
final class TriageExamples {

    static final String LUMBAR_RADICULAR = """
            {"patient": {"ageYears": 45, "sex": "MALE"},
             "symptoms": ["RADIATING_PAIN", "SHOOTING_PAIN", "NUMBNESS_TINGLING"],
             "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"], "laterality": "LEFT",
             "durationWeeks": 8, "painScore": 7,
             "conservativeCare": {"weeks": 6, "modalities": ["PHYSICAL_THERAPY", "NSAIDS"]},
             "clinicalFindings": {"straightLegRaisePositive": true},
             "contraindications": ["ANTICOAGULANT_THERAPY"], "functionalImpairment": true}""";

    static final String CAUDA_EQUINA = """
            {"patient": {"ageYears": 38, "sex": "FEMALE"},
             "symptoms": ["RADIATING_PAIN", "WEAKNESS"], "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"],
             "durationWeeks": 2, "painScore": 9, "redFlags": ["SADDLE_ANESTHESIA", "BLADDER_DYSFUNCTION"]}""";

    private TriageExamples() {}
}
