package dev.spinetriage.cds.fhir;

/**
 * Our intake Questionnaire (src/test/resources/cds/questionnaire-back-pain-intake.json, documented in the README):
 * one item per TriageRequest field, its linkId the field's JSON path; coded answers are valueCoding in
 * {@link #CODE_SYSTEM} with our vocabulary codes, numbers valueInteger, yes/no valueBoolean.
 */
public final class IntakeQuestionnaire {

    public static final String CANONICAL = "https://spinetriage.dev/fhir/Questionnaire/back-pain-intake";
    public static final String CODE_SYSTEM = "https://spinetriage.dev/fhir/CodeSystem/vocabulary";

    private IntakeQuestionnaire() {
    }

    /** True when a QuestionnaireResponse's questionnaire names ours, with or without a |version. */
    public static boolean isOurs(String questionnaire) {
        return questionnaire != null
                && (questionnaire.equals(CANONICAL) || questionnaire.startsWith(CANONICAL + "|"));
    }
}
