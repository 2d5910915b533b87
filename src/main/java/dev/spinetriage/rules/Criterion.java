package dev.spinetriage.rules;

import java.util.List;

/**
 * One criterion of the governing policy for a therapy, checked for one patient: what a prior-authorisation reviewer
 * asks for, and what an intake app should collect before the visit. Criteria never change where a therapy lands.
 *
 * @param inputs  the request fields it reads
 * @param missing for an UNKNOWN criterion, the unreported fields that would settle it
 */
public record Criterion(String id, String text, CriterionStatus status, List<String> inputs, List<String> missing,
        String citation) {

    public Criterion {
        inputs = List.copyOf(inputs);
        missing = List.copyOf(missing);
    }
}
