package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Therapy;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Where a therapy lands in a triage answer, in the engine's own terms. */
public enum TherapyStatus {
    /** In {@link TriageOutcome#candidates()}: could be offered now. */
    CANDIDATE,
    /** In {@link TriageOutcome#deferred()}: the pattern fits but a prerequisite is unmet. */
    DEFERRED,
    /** In {@link TriageOutcome#excluded()}: a red flag or contraindication rules it out. */
    EXCLUDED,
    /** In no list: no indication establishes its pattern. */
    NOT_INDICATED;

    /**
     * Where every therapy lands, in one pass over the answer's lists: the what-ifs behind the follow-up questions ask
     * this up to {@link FollowUps#MAX_PROBES} times a triage.
     */
    public static Map<Therapy, TherapyStatus> of(TriageOutcome outcome) {
        Map<Therapy, TherapyStatus> statuses = new EnumMap<>(Therapy.class);
        for (Therapy therapy : Therapy.values()) {
            statuses.put(therapy, NOT_INDICATED);
        }
        // A therapy is in at most one list; were it in two, the later list here wins: candidate, then deferred.
        put(statuses, outcome.excluded(), EXCLUDED);
        put(statuses, outcome.deferred(), DEFERRED);
        put(statuses, outcome.candidates(), CANDIDATE);
        return statuses;
    }

    private static void put(Map<Therapy, TherapyStatus> statuses, List<TherapyAssessment> list, TherapyStatus status) {
        for (TherapyAssessment assessment : list) {
            statuses.put(assessment.therapy(), status);
        }
    }
}
