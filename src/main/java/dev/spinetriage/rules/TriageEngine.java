package dev.spinetriage.rules;

import dev.spinetriage.rules.code.PolicyProfile;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.PatientReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

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
        /** What the red-flag screen reads (null: any input); the unassessed-flag check reads the list itself. */
        final Set<Input<?>> redFlagInputs;
        /**
         * Per therapy, what its verdict reads: indications, contraindications and prerequisites (a what-if skips
         * supporting findings, cautions and criteria). A null value: any input.
         */
        final Map<Therapy, Set<Input<?>>> verdictInputs = new EnumMap<>(Therapy.class);

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
            Set<Input<?>> screened = TestedInputs.of(redFlags);
            if (screened != null) {
                screened = new HashSet<>(screened);
                screened.add(InputCatalogue.RED_FLAGS);
            }
            redFlagInputs = screened;
            therapyRules.forEach((therapy, selected) -> {
                List<Rule> verdict = new ArrayList<>(selected.indications().rules());
                verdict.addAll(selected.contraindications().rules());
                verdict.addAll(selected.prerequisites());
                verdictInputs.put(therapy, TestedInputs.of(verdict));
            });
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
        TriageOutcome outcome = run(evaluation, profile, true, (therapy, rules) -> evaluation.assess(rules));
        return outcome.withFollowUpQuestions(FollowUps.choose(this, report, outcome,
                evaluation.followUpCandidates()));
    }

    /**
     * The triage of a report without its follow-up questions, for what-ifs, which only compare where things land:
     * candidates and deferred therapies come unranked, in the ruleset's therapy order (ranking them, up to
     * {@link FollowUps#MAX_PROBES} times a triage, was work no caller used).
     */
    TriageOutcome evaluateOnly(PatientReport report, PolicyProfile profile) {
        Evaluation evaluation = new Evaluation(report, ruleset, false);
        return run(evaluation, profile, false, (therapy, rules) -> evaluation.assess(rules));
    }

    /**
     * A what-if as {@link #evaluateOnly} answers it, for {@code changed}, a report that differs from {@code base} in
     * a few answers; {@code before} is the outcome of {@code base} under the same policy profile. A therapy whose
     * verdict reads none of the changed inputs keeps its verdict from {@code before} instead of being assessed again
     * (the follow-up questions try up to {@link FollowUps#MAX_PROBES} such reports a triage, most of them changing
     * one input a few therapies read). A change the red-flag screen reads can change every verdict: then everything is
     * assessed again.
     */
    TriageOutcome whatIf(PatientReport base, TriageOutcome before, PatientReport changed) {
        PolicyProfile profile = before.policyProfile();
        Compiled compiled = profiles.get(profile);
        Set<Input<?>> changedInputs = base.inputsChangedIn(changed);
        if (TestedInputs.touches(compiled.redFlagInputs, changedInputs)) {
            return evaluateOnly(changed, profile);
        }
        Map<Therapy, TherapyAssessment> verdicts = new EnumMap<>(Therapy.class);
        for (List<TherapyAssessment> list : List.of(before.candidates(), before.deferred(), before.excluded())) {
            list.forEach(assessment -> verdicts.put(assessment.therapy(), assessment));
        }
        Evaluation evaluation = new Evaluation(changed, ruleset, false);
        return run(evaluation, profile, false, (therapy, rules) ->
                TestedInputs.touches(compiled.verdictInputs.get(therapy), changedInputs) ? evaluation.assess(rules)
                        : verdicts.get(therapy));
    }

    private TriageOutcome run(Evaluation evaluation, PolicyProfile profile, boolean ranked,
            BiFunction<Therapy, TherapyRules, TherapyAssessment> assess) {
        Compiled compiled = profiles.get(profile);
        evaluation.screenRedFlags(compiled.redFlagRules, compiled.assessedRedFlags);
        List<TherapyAssessment> candidates = new ArrayList<>();
        List<TherapyAssessment> deferred = new ArrayList<>();
        List<TherapyAssessment> excluded = new ArrayList<>();
        for (Map.Entry<Therapy, TherapyRules> therapy : compiled.therapyRules.entrySet()) {
            TherapyAssessment assessment = assess.apply(therapy.getKey(), therapy.getValue());
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
