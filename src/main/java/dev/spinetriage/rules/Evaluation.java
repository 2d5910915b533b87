package dev.spinetriage.rules;

import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.PatientReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The state of evaluating one report against one compiled ruleset. Lives for one request. When {@code collecting},
 * it also notes the unreported inputs that rules needed (follow-up question candidates); the re-evaluations made to
 * test those candidates (what-ifs) do not collect, and skip what only a full answer shows (supporting findings,
 * cautions, evidence).
 */
final class Evaluation {

    static final String RED_FLAG_MUST_BE_CLEARED = "RED_FLAG_MUST_BE_CLEARED";
    static final String UNASSESSED_RED_FLAG = "UNASSESSED_RED_FLAG";

    private final PatientReport report;
    private final Ruleset ruleset;
    private final boolean collecting;
    private final List<RedFlagFinding> redFlags = new ArrayList<>();
    private final List<Finding> blockingRedFlags = new ArrayList<>();
    private final List<Finding> advisoryCautions = new ArrayList<>();
    private final List<FollowUpCandidate> candidates = new ArrayList<>();
    private Urgency worstUrgency;

    Evaluation(PatientReport report, Ruleset ruleset, boolean collecting) {
        this.report = report;
        this.ruleset = ruleset;
        this.collecting = collecting;
    }

    void screenRedFlags(RuleIndex rules, Set<Enum<?>> assessedRedFlags) {
        for (Rule rule : rules.candidates(report)) {
            Truth truth = rule.condition().evaluate(report);
            if (truth == Truth.UNKNOWN) {
                ask(rule, () -> "Red flag");
            } else if (truth == Truth.TRUE) {
                record(rule);
            }
        }
        for (Enum<?> code : report.get(InputCatalogue.RED_FLAGS)) {
            if (!assessedRedFlags.contains(code)) {
                String message = "Red flag " + code.name() + " is reported, but ruleset " + ruleset.version()
                        + " has no rule for it: the specialist must assess it before any injection.";
                redFlags.add(new RedFlagFinding(UNASSESSED_RED_FLAG, Urgency.ADVISORY, message,
                        "ruleset " + ruleset.version(), List.of(code.name())));
                advisoryCautions.add(new Finding(UNASSESSED_RED_FLAG, message, "ruleset " + ruleset.version()));
            }
        }
    }

    private void record(Rule rule) {
        redFlags.add(new RedFlagFinding(rule.code(), rule.urgency(), rule.message(), rule.citation(),
                triggeringCodes(rule)));
        askForWhatFiredIt(rule);
        askForWhatItScreensFor(rule);
        if (rule.urgency() == Urgency.ADVISORY) {
            advisoryCautions.add(new Finding(rule.code(), rule.message(), rule.citation()));
            return;
        }
        blockingRedFlags.add(new Finding(RED_FLAG_MUST_BE_CLEARED,
                "Red flag must be cleared first: " + rule.message(), rule.citation()));
        if (worstUrgency == null || rule.urgency().compareTo(worstUrgency) < 0) {
            worstUrgency = rule.urgency();
        }
    }

    private List<String> triggeringCodes(Rule rule) {
        Set<Enum<?>> tested = new HashSet<>();
        rule.condition().collectCodes(InputCatalogue.RED_FLAGS, tested);
        return report.get(InputCatalogue.RED_FLAGS).stream().filter(tested::contains).map(Enum::name).toList();
    }

    /** The verdict on one therapy, or null when its pattern does not match this report. */
    TherapyAssessment assess(TherapyRules rules) {
        Score score = new Score();
        for (Rule indication : rules.indications().candidates(report)) {
            score.add(indication, evaluate(indication, rules));
        }
        if (score.isEmpty()) {
            return null;
        }
        List<Finding> exclusions = worstUrgency != null ? blockingRedFlags : fired(rules.contraindications(), rules);
        List<UnmetPrerequisite> unmet = exclusions.isEmpty() ? unmetPrerequisites(rules) : List.of();
        if (!collecting) {
            // A what-if only asks where the therapy lands and why: score, cautions, evidence and criteria change none.
            return new TherapyAssessment(rules.profile(), score.total, 0, score.rationale, score.ruleIds, List.of(),
                    unmet, exclusions, List.of(), List.of());
        }
        for (Rule supporting : rules.supportingFindings().candidates(report)) {
            score.add(supporting, supporting.condition().evaluate(report));
        }
        boolean excluded = !exclusions.isEmpty();
        return new TherapyAssessment(rules.profile(), score.total, 0, score.rationale, score.ruleIds,
                excluded ? List.of() : cautions(rules), unmet, exclusions, rules.evidence().of(score.rules),
                excluded ? List.of() : Criteria.check(rules.criteria(), report));
    }

    private List<UnmetPrerequisite> unmetPrerequisites(TherapyRules rules) {
        List<UnmetPrerequisite> unmet = new ArrayList<>();
        for (Rule prerequisite : rules.prerequisites()) {
            Truth truth = evaluate(prerequisite, rules);
            if (truth != Truth.TRUE) {
                unmet.add(new UnmetPrerequisite(prerequisite.code(), prerequisite.message(), prerequisite.citation(),
                        truth == Truth.UNKNOWN, prerequisite.conservativeCareGate()));
            }
        }
        return unmet;
    }

    private List<Finding> cautions(TherapyRules rules) {
        List<Finding> cautions = new ArrayList<>(fired(rules.cautions(), rules));
        cautions.addAll(advisoryCautions);
        for (Map.Entry<CodeListInput<?>, Set<Enum<?>>> assessed : rules.assessedCodes().entrySet()) {
            for (Enum<?> reported : report.get(assessed.getKey())) {
                if (!assessed.getValue().contains(reported)) {
                    cautions.add(new Finding(reported.name(), "Reported, but ruleset " + ruleset.version()
                            + " has no rule for it with this therapy: the specialist must assess it.",
                            "ruleset " + ruleset.version()));
                }
            }
        }
        return cautions;
    }

    private List<Finding> fired(RuleIndex rules, TherapyRules therapy) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules.candidates(report)) {
            if (evaluate(rule, therapy) == Truth.TRUE) {
                findings.add(new Finding(rule.code(), rule.message(), rule.citation(), rule.reasonKind()));
                askForWhatFiredIt(rule);
            }
        }
        return findings;
    }

    /** Evaluates a therapy rule; while a red flag blocks every therapy, missing inputs are not worth asking. */
    private Truth evaluate(Rule rule, TherapyRules therapy) {
        Truth truth = rule.condition().evaluate(report);
        if (truth == Truth.UNKNOWN && worstUrgency == null) {
            ask(rule, () -> therapy.profile().therapy().name() + " "
                    + rule.kind().name().toLowerCase().replace('_', ' '));
        }
        return truth;
    }

    /** A rule that needed inputs the report lacks; the context is built only then (it is costly). */
    private void ask(Rule rule, Supplier<String> context) {
        if (!collecting) {
            return;
        }
        Set<Input<?>> missing = new LinkedHashSet<>();
        rule.condition().collectMissing(report, missing);
        String where = context.get();
        missing.forEach(input -> candidates.add(FollowUpCandidate.of(input, rule, where, Set.of())));
    }

    /** A rule that fired because an input was not reported (e.g. weakness not graded): that input is worth asking. */
    private void askForWhatFiredIt(Rule rule) {
        if (!collecting) {
            return;
        }
        Set<Input<?>> unreported = new LinkedHashSet<>();
        ConditionLeaves.unreportedTests(rule.condition(), report, unreported);
        unreported.forEach(input -> candidates.add(FollowUpCandidate.of(input, rule, null, Set.of())));
    }

    /** A red flag that names findings to rule out (codes it requires absent): those are asked as one screening. */
    private void askForWhatItScreensFor(Rule rule) {
        if (!collecting) {
            return;
        }
        Set<Enum<?>> screen = new LinkedHashSet<>();
        ConditionLeaves.negatedCodes(rule.condition(), InputCatalogue.RED_FLAGS, screen);
        if (!screen.isEmpty()) {
            candidates.add(FollowUpCandidate.of(InputCatalogue.RED_FLAGS, rule, null, screen));
        }
    }

    Disposition disposition(List<TherapyAssessment> candidates, List<TherapyAssessment> deferred) {
        if (worstUrgency == Urgency.EMERGENCY) {
            return Disposition.EMERGENCY;
        }
        if (worstUrgency == Urgency.URGENT) {
            return Disposition.URGENT_EVALUATION;
        }
        if (!candidates.isEmpty()) {
            return Disposition.INTERVENTIONAL_CANDIDATE;
        }
        // Only a gate known to be unmet says "too early"; one unmet for lack of data asks a question instead.
        boolean tooEarly = deferred.stream().flatMap(d -> d.unmetPrerequisites().stream())
                .anyMatch(u -> u.conservativeCareGate() && !u.notReported());
        return tooEarly ? Disposition.CONSERVATIVE_CARE_FIRST : Disposition.SPECIALIST_REVIEW;
    }

    List<RedFlagFinding> redFlags() {
        return redFlags;
    }

    List<FollowUpCandidate> followUpCandidates() {
        return candidates;
    }

    /** Accumulates the score and the reasons of the indications and supporting findings that held. */
    private static final class Score {
        int total;
        final List<String> rationale = new ArrayList<>();
        final List<String> ruleIds = new ArrayList<>();
        final List<Rule> rules = new ArrayList<>();

        void add(Rule rule, Truth truth) {
            if (truth == Truth.TRUE) {
                total += rule.weight();
                rationale.add(rule.message());
                ruleIds.add(rule.id());
                rules.add(rule);
            }
        }

        boolean isEmpty() {
            return ruleIds.isEmpty();
        }
    }
}
