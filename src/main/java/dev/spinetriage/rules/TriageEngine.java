package dev.spinetriage.rules;

import dev.spinetriage.rules.code.PolicyProfile;
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
 * pattern an indication establishes, contraindications (exclude), prerequisites (defer) and cautions, and the
 * policy's criteria as a checklist. Last, the follow-up questions: the missing inputs whose answer could change this
 * answer (see {@link FollowUps}). A ruleset is compiled once per policy profile: each profile sees the rules without
 * profiles and its own.
 */
public final class TriageEngine {

    private static final Comparator<TherapyAssessment> RANKING = Comparator
            .comparing((TherapyAssessment a) -> a.profile().investigational())
            .thenComparing(TherapyAssessment::score, Comparator.reverseOrder())
            .thenComparing(a -> a.profile().bestEvidence())
            .thenComparing(TherapyAssessment::therapy);

    private final Ruleset ruleset;
    private final Map<PolicyProfile, Compiled> profiles = new EnumMap<>(PolicyProfile.class);

    public TriageEngine(Ruleset ruleset) {
        this.ruleset = ruleset;
        for (PolicyProfile profile : PolicyProfile.values()) {
            profiles.put(profile, new Compiled(ruleset, profile));
        }
    }

    /** The ruleset compiled for one policy profile: its rules, indexed per therapy. */
    private static final class Compiled {
        final List<Rule> rules;
        final RuleIndex redFlagRules;
        final Set<Enum<?>> assessedRedFlags;
        final Map<Therapy, TherapyRules> therapyRules = new EnumMap<>(Therapy.class);
        final Probes probes;

        Compiled(Ruleset ruleset, PolicyProfile profile) {
            rules = ruleset.rules().stream().filter(r -> r.appliesTo(profile)).toList();
            List<Rule> redFlags = rules.stream().filter(r -> r.kind() == RuleKind.RED_FLAG).toList();
            redFlagRules = new RuleIndex(redFlags);
            Set<Enum<?>> assessed = new HashSet<>();
            redFlags.forEach(r -> r.condition().collectCodes(InputCatalogue.RED_FLAGS, assessed));
            assessedRedFlags = Set.copyOf(assessed);
            for (Therapy therapy : Therapy.values()) {
                TherapyProfile therapyProfile = ruleset.therapies().get(therapy);
                if (therapyProfile != null) {
                    therapyRules.put(therapy, TherapyRules.select(therapyProfile, ruleset, profile));
                }
            }
            probes = new Probes(rules.stream().filter(r -> r.kind() != RuleKind.CRITERION).toList());
        }
    }

    public String rulesetVersion() {
        return ruleset.version();
    }

    Ruleset ruleset() {
        return ruleset;
    }

    /** The rules that apply under a profile. */
    List<Rule> rules(PolicyProfile profile) {
        return profiles.get(profile).rules;
    }

    Probes probes(PolicyProfile profile) {
        return profiles.get(profile).probes;
    }

    /**
     * The triage of a report under US_CMS, the policy every rule of a ruleset written before profiles existed was
     * written for (a rule without profiles applies to both).
     */
    public TriageOutcome evaluate(PatientReport report) {
        return evaluate(report, PolicyProfile.US_CMS);
    }

    /** The triage of a report under a policy profile, with its follow-up questions. */
    public TriageOutcome evaluate(PatientReport report, PolicyProfile profile) {
        Evaluation evaluation = new Evaluation(report, ruleset, true);
        TriageOutcome outcome = run(evaluation, profile, true);
        return outcome.withFollowUpQuestions(FollowUps.choose(this, report, outcome,
                evaluation.followUpCandidates()));
    }

    /**
     * The triage of a report without its follow-up questions, for what-ifs, which only compare where things land:
     * candidates and deferred therapies come unranked, in the ruleset's therapy order (ranking them, up to
     * {@link FollowUps#MAX_PROBES} times a triage, was work no caller used).
     */
    TriageOutcome evaluateOnly(PatientReport report, PolicyProfile profile) {
        return run(new Evaluation(report, ruleset, false), profile, false);
    }

    private TriageOutcome run(Evaluation evaluation, PolicyProfile profile, boolean ranked) {
        Compiled compiled = profiles.get(profile);
        evaluation.screenRedFlags(compiled.redFlagRules, compiled.assessedRedFlags);
        List<TherapyAssessment> candidates = new ArrayList<>();
        List<TherapyAssessment> deferred = new ArrayList<>();
        List<TherapyAssessment> excluded = new ArrayList<>();
        for (TherapyRules rules : compiled.therapyRules.values()) {
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
        List<TherapyAssessment> rankedCandidates = ranked ? rank(candidates) : candidates;
        return new TriageOutcome(ruleset.version(), profile, evaluation.disposition(rankedCandidates, deferred),
                evaluation.redFlags(), rankedCandidates, ranked ? rank(deferred) : deferred, excluded, List.of());
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
