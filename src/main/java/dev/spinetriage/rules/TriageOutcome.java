package dev.spinetriage.rules;

import dev.spinetriage.rules.code.PolicyProfile;
import java.util.List;

/**
 * The engine's answer. A therapy appears in at most one of candidates, deferred and excluded.
 *
 * @param policyProfile the governing policy the rules of this answer are those of
 * @param candidates therapies the specialist could offer now, best first (rank 1..n)
 * @param deferred   therapies whose pattern matches but a prerequisite is unmet, in the same order
 * @param excluded   therapies whose pattern matches but a red flag or contraindication rules them out
 */
public record TriageOutcome(
        String rulesetVersion,
        PolicyProfile policyProfile,
        Disposition disposition,
        List<RedFlagFinding> redFlags,
        List<TherapyAssessment> candidates,
        List<TherapyAssessment> deferred,
        List<TherapyAssessment> excluded,
        List<FollowUpQuestion> followUpQuestions) {

    public TriageOutcome {
        redFlags = List.copyOf(redFlags);
        candidates = List.copyOf(candidates);
        deferred = List.copyOf(deferred);
        excluded = List.copyOf(excluded);
        followUpQuestions = List.copyOf(followUpQuestions);
    }

    TriageOutcome withFollowUpQuestions(List<FollowUpQuestion> questions) {
        return new TriageOutcome(rulesetVersion, policyProfile, disposition, redFlags, candidates, deferred, excluded,
                questions);
    }
}
