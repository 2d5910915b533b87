package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Therapy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rule engine: a ruleset compiled once into per-therapy rule lists indexed by the codes they test, then evaluated
 * per request in memory, visiting only the rules that can hold.
 * Pure Java and stateless after construction, so one instance serves every thread.
 *
 * <p>Order of evaluation, from the criteria: red flags first (they win over everything); then, per therapy whose
 * pattern an indication establishes, contraindications (exclude), prerequisites (defer) and cautions.
 */
public final class TriageEngine {

    private static final Comparator<TherapyAssessment> RANKING = Comparator
            .comparing((TherapyAssessment a) -> a.profile().investigational())
            .thenComparing(TherapyAssessment::score, Comparator.reverseOrder())
            .thenComparing(a -> a.profile().bestEvidence())
            .thenComparing(TherapyAssessment::therapy);

    private final Ruleset ruleset;
    private final RuleIndex redFlagRules;
    private final Map<Therapy, TherapyRules> therapyRules = new EnumMap<>(Therapy.class);

    public TriageEngine(Ruleset ruleset) {
        this.ruleset = ruleset;
        this.redFlagRules = new RuleIndex(ruleset.rules().stream().filter(r -> r.kind() == RuleKind.RED_FLAG).toList());
        for (Therapy therapy : Therapy.values()) {
            TherapyProfile profile = ruleset.therapies().get(therapy);
            if (profile != null) {
                therapyRules.put(therapy, TherapyRules.select(profile, ruleset.rules()));
            }
        }
    }

    public String rulesetVersion() {
        return ruleset.version();
    }

    Ruleset ruleset() {
        return ruleset;
    }

    public TriageOutcome evaluate(PatientReport report) {
        Evaluation evaluation = new Evaluation(report, ruleset.version());
        evaluation.screenRedFlags(redFlagRules);
        List<TherapyAssessment> candidates = new ArrayList<>();
        List<TherapyAssessment> deferred = new ArrayList<>();
        List<TherapyAssessment> excluded = new ArrayList<>();
        for (TherapyRules rules : therapyRules.values()) {
            TherapyAssessment assessment = evaluation.assess(rules);
            if (assessment == null) {
                continue;
            }
            if (!assessment.exclusions().isEmpty()) {
                excluded.add(assessment);
            } else if (!assessment.unmetPrerequisites().isEmpty()) {
                deferred.add(assessment);
            } else {
                candidates.add(assessment);
            }
        }
        List<TherapyAssessment> rankedCandidates = rank(candidates);
        return new TriageOutcome(ruleset.version(), evaluation.disposition(rankedCandidates, deferred),
                evaluation.redFlags(), rankedCandidates, rank(deferred), excluded, evaluation.followUpQuestions());
    }

    /** Best first; a diagnostic therapy is moved just before the therapy it unlocks (MBB before RFA). */
    static List<TherapyAssessment> rank(List<TherapyAssessment> assessments) {
        List<TherapyAssessment> ordered = new ArrayList<>(assessments);
        ordered.sort(RANKING);
        for (int i = 0; i < ordered.size(); i++) {
            Therapy unlockedBy = ordered.get(i).profile().unlockedBy();
            for (int j = i + 1; unlockedBy != null && j < ordered.size(); j++) {
                if (ordered.get(j).therapy() == unlockedBy) {
                    ordered.add(i, ordered.remove(j));
                    break;
                }
            }
        }
        List<TherapyAssessment> ranked = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            ranked.add(ordered.get(i).withRank(i + 1));
        }
        return ranked;
    }
}
