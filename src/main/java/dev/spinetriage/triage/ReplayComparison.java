package dev.spinetriage.triage;

import dev.spinetriage.triage.dto.ReplayResponse;
import dev.spinetriage.triage.dto.TriageResponse;
import java.util.List;
import java.util.function.Function;

/** What changed between two answers to the same request. */
final class ReplayComparison {

    private ReplayComparison() {}

    static ReplayResponse.Changes between(TriageResponse before, TriageResponse after) {
        List<String> candidatesBefore = names(before.candidates(), TriageResponse.CandidateDto::therapy);
        List<String> candidatesAfter = names(after.candidates(), TriageResponse.CandidateDto::therapy);
        List<String> deferredBefore = names(before.deferred(), TriageResponse.DeferredDto::therapy);
        List<String> deferredAfter = names(after.deferred(), TriageResponse.DeferredDto::therapy);
        List<String> excludedBefore = names(before.excluded(), TriageResponse.ExcludedDto::therapy);
        List<String> excludedAfter = names(after.excluded(), TriageResponse.ExcludedDto::therapy);
        List<String> flagsBefore = names(before.redFlags(), TriageResponse.RedFlagDto::code);
        List<String> flagsAfter = names(after.redFlags(), TriageResponse.RedFlagDto::code);
        return new ReplayResponse.Changes(before.disposition() != after.disposition(), before.disposition(),
                after.disposition(), minus(candidatesAfter, candidatesBefore), minus(candidatesBefore, candidatesAfter),
                minus(deferredAfter, deferredBefore), minus(deferredBefore, deferredAfter),
                minus(excludedAfter, excludedBefore), minus(excludedBefore, excludedAfter),
                minus(flagsAfter, flagsBefore), minus(flagsBefore, flagsAfter));
    }

    private static <T> List<String> names(List<T> items, Function<T, String> name) {
        return items.stream().map(name).toList();
    }

    private static List<String> minus(List<String> a, List<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }
}
