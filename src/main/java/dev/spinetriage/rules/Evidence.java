package dev.spinetriage.rules;

/**
 * One statement of evidence for a therapy, with the source it comes from.
 *
 * @param level   null when the therapy catalogue grades no statement of that source for the pattern that matched
 * @param pattern the code of the indication the statement is about (e.g. {@code NEUROGENIC_CLAUDICATION_PATTERN}),
 *                or null when it holds for the therapy whatever the pattern
 */
public record Evidence(String citation, EvidenceLevel level, String source, String pattern) {

    public Evidence(String citation, EvidenceLevel level, String source) {
        this(citation, level, source, null);
    }
}
