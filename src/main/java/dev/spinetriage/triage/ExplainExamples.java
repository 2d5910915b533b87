package dev.spinetriage.triage;

/** The explain example of the OpenAPI document; the README's curl sends the same body. */
final class ExplainExamples {

    /** Sciatica for 3 weeks: ESI is deferred by the 4-week pain-duration gate of the shipped ruleset. */
    static final String EARLY_SCIATICA = """
            {"patient": {"ageYears": 45},
             "symptoms": ["RADIATING_PAIN"], "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"],
             "durationWeeks": 3, "painScore": 6, "conservativeCare": {"weeks": 4}}""";

    static final String EARLY_SCIATICA_ESI = """
            {"rulesetVersion": "2026.11.0", "disposition": "CONSERVATIVE_CARE_FIRST",
             "therapies": [{"therapy": "EPIDURAL_STEROID_INJECTION", "name": "Epidural steroid injection",
               "status": "DEFERRED",
               "supporting": [{"ruleId": "ESI-IND-RADICULAR", "kind": "INDICATION", "code": "RADICULAR_PAIN_PATTERN",
                 "message": "Radicular pattern: radiating, shooting or burning pain into the leg (lumbar) or arm ...",
                 "source": "LCD-ESI, NICE-NG59",
                 "inputs": [{"field": "symptoms", "value": "RADIATING_PAIN"},
                            {"field": "painLocations", "value": "LEG_BELOW_KNEE"}]}],
               "conflicting": [{"ruleId": "ESI-PRE-PAIN-DURATION", "kind": "PREREQUISITE",
                 "code": "MIN_PAIN_DURATION", "message": "Pain for at least 4 weeks.", "source": "LCD-ESI, SEED",
                 "inputs": [{"field": "durationWeeks", "value": "3"}]}],
               "missing": [],
               "whatIfs": [{"field": "painLocations", "change": "REMOVE", "value": "LEG_BELOW_KNEE",
                            "status": "NOT_INDICATED"},
                           {"field": "redFlags", "change": "ADD", "value": "SADDLE_ANESTHESIA",
                            "status": "EXCLUDED"},
                           {"field": "durationWeeks", "change": "SET", "value": "4", "status": "CANDIDATE"}]}],
             "reevaluations": 74, "whatIfsTruncated": false, "disclaimer": "..."}""";

    private ExplainExamples() {}
}
