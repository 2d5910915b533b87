package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Therapy;
import java.util.List;

/**
 * The engine's verdict on one therapy whose pattern matched. Which list it belongs to follows from the findings:
 * excluded when {@link #exclusions()} is not empty, else deferred when {@link #unmetPrerequisites()} is not empty,
 * else a candidate.
 *
 * @param evidence the evidence behind the rules that matched for this patient (not every statement the therapy has)
 * @param criteria the governing policy's criteria for the therapy, checked for this patient (candidates and deferred
 *                 therapies only)
 */
public record TherapyAssessment(
        TherapyProfile profile,
        int score,
        int rank,
        List<String> rationale,
        List<String> matchedRules,
        List<Finding> cautions,
        List<UnmetPrerequisite> unmetPrerequisites,
        List<Finding> exclusions,
        List<Evidence> evidence,
        List<Criterion> criteria) {

    public TherapyAssessment {
        rationale = List.copyOf(rationale);
        matchedRules = List.copyOf(matchedRules);
        cautions = List.copyOf(cautions);
        unmetPrerequisites = List.copyOf(unmetPrerequisites);
        exclusions = List.copyOf(exclusions);
        evidence = List.copyOf(evidence);
        criteria = List.copyOf(criteria);
    }

    public Therapy therapy() {
        return profile.therapy();
    }

    TherapyAssessment withRank(int newRank) {
        return new TherapyAssessment(profile, score, newRank, rationale, matchedRules, cautions, unmetPrerequisites,
                exclusions, evidence, criteria);
    }
}
