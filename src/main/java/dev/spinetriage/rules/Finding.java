package dev.spinetriage.rules;

/**
 * A coded statement in the answer (caution, exclusion reason), with the source that supports it.
 *
 * @param reasonKind clinical, or about the governing policy's coverage
 */
public record Finding(String code, String message, String source, ReasonKind reasonKind) {

    /** A clinical finding. */
    public Finding(String code, String message, String source) {
        this(code, message, source, ReasonKind.CLINICAL);
    }
}
