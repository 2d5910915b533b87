package dev.spinetriage.intake;

/**
 * Our intake Questionnaire, served at GET /fhir/Questionnaire/back-pain-intake and generated from the input catalogue:
 * one item per input, its linkId the input's JSON path in the triage request; coded answers are valueCoding in
 * {@link #CODE_SYSTEM} with our vocabulary codes, numbers valueInteger, yes/no valueBoolean, lists of records
 * repeating groups.
 */
public final class IntakeQuestionnaire {

    public static final String ID = "back-pain-intake";
    public static final String CANONICAL = "https://spinetriage.dev/fhir/Questionnaire/" + ID;
    public static final String CODE_SYSTEM = "https://spinetriage.dev/fhir/CodeSystem/vocabulary";

    private IntakeQuestionnaire() {
    }

    /** True when a QuestionnaireResponse's questionnaire names ours, with or without a |version. */
    public static boolean isOurs(String questionnaire) {
        return questionnaire != null
                && (questionnaire.equals(CANONICAL) || questionnaire.startsWith(CANONICAL + "|"));
    }
}
