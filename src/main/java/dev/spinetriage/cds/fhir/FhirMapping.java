package dev.spinetriage.cds.fhir;

import dev.spinetriage.intake.RequestTree;
import java.util.List;

/**
 * What the FHIR data became: the triage request's JSON tree, bound later exactly as a JSON body is (null when a
 * required input is missing, listed in {@code missing}), and every resource or code that was read but could not be
 * used, so that nothing is silently dropped.
 */
public record FhirMapping(RequestTree request, List<String> missing, List<String> notUsed) {

    public FhirMapping {
        missing = List.copyOf(missing);
        notUsed = List.copyOf(notUsed);
    }

    public boolean complete() {
        return request != null;
    }
}
