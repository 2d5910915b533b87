package dev.spinetriage.rules.input;

import java.util.List;

/**
 * One patient input of the triage request, declared once in {@link InputCatalogue}: its JSON path, the question that
 * asks for it (a follow-up question, and the item of the intake questionnaire), and when the questionnaire asks it.
 * Everything that reads patient inputs (the request mapping, rule conditions, follow-up questions, explanations and
 * what-ifs, the CDS Hooks mapping, the served questionnaire) works from these declarations.
 *
 * @param <T> the value the engine holds; {@code null} means not reported (unknown), except for lists, which are never
 *            null: an absent list means none was reported
 */
public abstract sealed class Input<T> permits FlagInput, NumberInput, CodeInput, CodeListInput, RecordListInput {

    /** How the intake questionnaire asks for this input (the FHIR Questionnaire item type). */
    public enum QuestionType { BOOLEAN, INTEGER, CHOICE, GROUP }

    private final String path;
    private final String question;
    private final boolean required;
    private final List<EnableWhen> enableWhen;
    private int index = -1;

    Input(String path, String question, boolean required, List<EnableWhen> enableWhen) {
        this.path = path;
        this.question = question;
        this.required = required;
        this.enableWhen = List.copyOf(enableWhen);
    }

    /** The JSON path in the request, e.g. {@code clinicalFindings.motorDeficit}; also the questionnaire's linkId. */
    public String path() {
        return path;
    }

    /** What to ask the patient or clinician when this input is missing. */
    public String question() {
        return question;
    }

    /** The request cannot be triaged without it. */
    public boolean required() {
        return required;
    }

    /** When the questionnaire asks it: any of these holds (none: always). */
    public List<EnableWhen> enableWhen() {
        return enableWhen;
    }

    public abstract QuestionType questionType();

    /** More than one answer (a code list, a list of records). */
    public boolean repeats() {
        return false;
    }

    /** Whether a report holds an answer for it: a value, or at least one code or record. */
    public boolean isReported(T value) {
        return value != null;
    }

    /** The value as the engine holds it (lists copied, never null); {@code raw} is of the engine's type or null. */
    abstract T normalise(Object raw);

    /** A value the engine holds, as text for explanations. */
    public String describe(T value) {
        return value == null ? "not reported" : value.toString();
    }

    /** Position in the report; -1 for the fields of a record list, which the report holds as part of the list. */
    int index() {
        return index;
    }

    void index(int position) {
        if (index >= 0) {
            throw new IllegalStateException(path + " is declared twice");
        }
        index = position;
    }

    @Override
    public String toString() {
        return path;
    }
}
