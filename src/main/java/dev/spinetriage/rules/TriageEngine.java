package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.PatientReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule engine: a ruleset compiled once into per-therapy rule lists indexed by the codes they test, then evaluated
 * per request in memory, visiting only the rules that can hold.
 * Pure Java and stateless after construction, so one instance serves every thread.
 *
 * <p>Order of evaluation, from the criteria: red flags first (they win over everything); then, per therapy whose
 * pattern an indication establishes, contraindications (exclude), prerequisites (defer) and cautions. Last, the
 * follow-up questions: the missing inputs whose answer could change this answer (see {@link FollowUps}).
 */
public final class TriageEngine {

    private static final Comparator<TherapyAssessment> RANKING = Comparator
            .comparing((TherapyAssessment a) -> a.profile().investigational())
            .thenComparing(TherapyAssessment::score, Comparator.reverseOrder())
            .thenComparing(a -> a.profile().bestEvidence())
            .thenComparing(TherapyAssessment::therapy);

    private final Ruleset ruleset;
    private final RuleIndex redFlagRules;
    private final Set<Enum<?>> assessedRedFlags;
    private final Map<Therapy, TherapyRules> therapyRules = new EnumMap<>(Therapy.class);
    private final Probes probes;

    public TriageEngine(Ruleset ruleset) {
        this.ruleset = ruleset;
        List<Rule> redFlags = ruleset.rules().stream().filter(r -> r.kind() == RuleKind.RED_FLAG).toList();
        this.redFlagRules = new RuleIndex(redFlags);
        Set<Enum<?>> assessed = new HashSet<>();
        redFlags.forEach(r -> r.condition().collectCodes(InputCatalogue.RED_FLAGS, assessed));
        this.assessedRedFlags = Set.copyOf(assessed);
        for (Therapy therapy : Therapy.values()) {
            TherapyProfile profile = ruleset.therapies().get(therapy);
            if (profile != null) {
                therapyRules.put(therapy, TherapyRules.select(profile, ruleset));
            }
        }
        this.probes = new Probes(ruleset.rules());
    }

    public String rulesetVersion() {
        return ruleset.version();
    }

    Ruleset ruleset() {
        return ruleset;
    }

    Probes probes() {
        return probes;
    }

    /** The triage of a report, with its follow-up questions. */
    public TriageOutcome evaluate(PatientReport report) {
        Evaluation evaluation = new Evaluation(report, ruleset, true);
        TriageOutcome outcome = run(evaluation);
        return outcome.withFollowUpQuestions(FollowUps.choose(this, report, outcome,
                evaluation.followUpCandidates()));
    }

    /** The triage of a report without its follow-up questions: for what-ifs, which only compare where things land. */
    TriageOutcome evaluateOnly(PatientReport report) {
        return run(new Evaluation(report, ruleset, false));
    }

    private TriageOutcome run(Evaluation evaluation) {
        evaluation.screenRedFlags(redFlagRules, assessedRedFlags);
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
                evaluation.redFlags(), rankedCandidates, rank(deferred), excluded, List.of());
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
