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

    /** {@link #LUMBAR_RADICULAR}, answer for answer, as a QuestionnaireResponse to the served intake questionnaire. */
    static final String QUESTIONNAIRE_RESPONSE = """
            {"resourceType": "QuestionnaireResponse", "status": "completed",
             "questionnaire": "https://spinetriage.dev/fhir/Questionnaire/back-pain-intake",
             "item": [
              {"linkId": "patient.ageYears", "answer": [{"valueInteger": 45}]},
              {"linkId": "patient.sex", "answer": [
               {"valueCoding": {"system": "https://spinetriage.dev/fhir/CodeSystem/vocabulary",
                 "code": "MALE"}}]},
              {"linkId": "symptoms", "answer": [
               {"valueCoding": {"system": "https://spinetriage.dev/fhir/CodeSystem/vocabulary",
                 "code": "RADIATING_PAIN"}},
               {"valueCoding": {"system": "https://spinetriage.dev/fhir/CodeSystem/vocabulary",
                 "code": "SHOOTING_PAIN"}},
               {"valueCoding": {"system": "https://spinetriage.dev/fhir/CodeSystem/vocabulary",
                 "code": "NUMBNESS_TINGLING"}}]},
              {"linkId": "painLocations", "answer": [
               {"valueCoding": {"system": "https://spinetriage.dev/fhir/CodeSystem/vocabulary",
                 "code": "LOWER_BACK"}},
               {"valueCoding": {"system": "https://spinetriage.dev/fhir/CodeSystem/vocabulary",
                 "code": "LEG_BELOW_KNEE"}}]},
              {"linkId": "laterality", "answer": [
               {"valueCoding": {"system": "https://spinetriage.dev/fhir/CodeSystem/vocabulary",
                 "code": "LEFT"}}]},
              {"linkId": "durationWeeks", "answer": [{"valueInteger": 8}]},
              {"linkId": "painScore", "answer": [{"valueInteger": 7}]},
              {"linkId": "conservativeCare.weeks", "answer": [{"valueInteger": 6}]},
              {"linkId": "conservativeCare.modalities", "answer": [
               {"valueCoding": {"system": "https://spinetriage.dev/fhir/CodeSystem/vocabulary",
                 "code": "PHYSICAL_THERAPY"}},
               {"valueCoding": {"system": "https://spinetriage.dev/fhir/CodeSystem/vocabulary",
                 "code": "NSAIDS"}}]},
              {"linkId": "clinicalFindings.straightLegRaisePositive", "answer": [{"valueBoolean": true}]},
              {"linkId": "contraindications", "answer": [
               {"valueCoding": {"system": "https://spinetriage.dev/fhir/CodeSystem/vocabulary",
                 "code": "ANTICOAGULANT_THERAPY"}}]},
              {"linkId": "functionalImpairment", "answer": [{"valueBoolean": true}]}]}""";

    private TriageExamples() {}
}
