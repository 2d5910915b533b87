package dev.spinetriage.admin;

/** Request examples for the OpenAPI document; the README's admin walk-through uses the same bodies. */
final class AdminExamples {

    static final String CREATE_DRAFT = """
            {"version": "2026.11.1", "changeNote": "Clinic protocol: ESI after 6 weeks of pain",
             "copyFrom": "2026.11.0"}""";

    static final String RULE = """
            {"ruleId": "ESI-PRE-PAIN-DURATION", "kind": "PREREQUISITE", "therapy": "EPIDURAL_STEROID_INJECTION",
             "condition": {"field": "durationWeeks", "atLeast": 6}, "code": "MIN_PAIN_DURATION",
             "message": "Pain for at least 6 weeks.", "rationale": "Clinic protocol.", "citation": "LCD-ESI, SEED",
             "conservativeCareGate": true}""";

    static final String GOLDEN_CASE = """
            {"id": "clinic-01-severe-sciatica",
             "description": "Severe sciatica after 5 weeks: ESI without waiting for conservative care",
             "request": {"patient": {"ageYears": 52}, "symptoms": ["RADIATING_PAIN", "SHOOTING_PAIN"],
                         "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"], "durationWeeks": 5, "painScore": 9},
             "expected": {"disposition": "INTERVENTIONAL_CANDIDATE", "mustInclude": ["EPIDURAL_STEROID_INJECTION"],
                          "mustExclude": ["RADIOFREQUENCY_ABLATION"]}}""";

    private AdminExamples() {}
}
