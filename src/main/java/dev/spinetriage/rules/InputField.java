package dev.spinetriage.rules;

/** A field of the triage request that conditions can test, named by its JSON path in the API. */
public interface InputField {

    /** JSON path in the request, e.g. {@code clinicalFindings.sacroiliacProvocationPositive}. */
    String path();

    /** What to ask the patient or clinician when this input is missing and would change the answer. */
    String question();
}
