package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Contraindication;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The state of evaluating one report against one compiled ruleset. Lives for one request. */
final class Evaluation {

    static final String RED_FLAG_MUST_BE_CLEARED = "RED_FLAG_MUST_BE_CLEARED";

    private final PatientReport report;
    private final String rulesetVersion;
    private final List<RedFlagFinding> redFlags = new ArrayList<>();
    private final List<Finding> blockingRedFlags = new ArrayList<>();
    private final List<Finding> advisoryCautions = new ArrayList<>();
    private final Map<String, FollowUpQuestion> followUps = new LinkedHashMap<>();
    private Urgency worstUrgency;

    Evaluation(PatientReport report, String rulesetVersion) {
        this.report = report;
        this.rulesetVersion = rulesetVersion;
    }

    void screenRedFlags(RuleIndex rules) {
        for (Rule rule : rules.candidates(report)) {
            Truth truth = rule.condition().evaluate(report);
            if (truth == Truth.UNKNOWN) {
                ask(rule, () -> "Red flag");
            } else if (truth == Truth.TRUE) {
                record(rule);
            }
        }
    }

    private void record(Rule rule) {
        redFlags.add(new RedFlagFinding(rule.code(), rule.urgency(), rule.message(), rule.citation(),
                triggeringCodes(rule)));
        if (rule.urgency() == Urgency.ADVISORY) {
            advisoryCautions.add(new Finding(rule.code(), rule.message(), rule.citation()));
            followUps.putIfAbsent(CodeListField.RED_FLAGS.path(), new FollowUpQuestion(CodeListField.RED_FLAGS.path(),
                    CodeListField.RED_FLAGS.question(), rule.message() + " (" + rule.citation() + ")"));
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
        rule.condition().collectCodes(CodeListField.RED_FLAGS, tested);
        return report.redFlags().stream().filter(tested::contains).map(Enum::name).toList();
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
        for (Rule supporting : rules.supportingFindings().candidates(report)) {
            score.add(supporting, supporting.condition().evaluate(report));
        }
        List<Finding> exclusions = worstUrgency != null ? blockingRedFlags : fired(rules.contraindications(), rules);
        List<UnmetPrerequisite> unmet = exclusions.isEmpty() ? unmetPrerequisites(rules) : List.of();
        List<Finding> cautions = exclusions.isEmpty() ? cautions(rules) : List.of();
        return new TherapyAssessment(rules.profile(), score.total, 0, score.rationale, score.ruleIds, cautions, unmet,
                exclusions);
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
        for (Contraindication reported : report.contraindications()) {
            if (!rules.assessedContraindications().contains(reported)) {
                cautions.add(new Finding(reported.name(), "Reported, but ruleset " + rulesetVersion
                        + " has no rule for it with this therapy: the specialist must assess it.",
                        "ruleset " + rulesetVersion));
            }
        }
        return cautions;
    }

    private List<Finding> fired(RuleIndex rules, TherapyRules therapy) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules.candidates(report)) {
            if (evaluate(rule, therapy) == Truth.TRUE) {
                findings.add(new Finding(rule.code(), rule.message(), rule.citation()));
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

    /** The first rule to miss an input words its question; the context is built only then (it is costly). */
    private void ask(Rule rule, Supplier<String> context) {
        Set<InputField> missing = new LinkedHashSet<>();
        rule.condition().collectMissing(report, missing);
        for (InputField field : missing) {
            if (!followUps.containsKey(field.path())) {
                followUps.put(field.path(), new FollowUpQuestion(field.path(), field.question(),
                        context.get() + ": " + rule.message() + " (" + rule.citation() + ")"));
            }
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

    List<FollowUpQuestion> followUpQuestions() {
        return List.copyOf(followUps.values());
    }

    /** Accumulates the score and the reasons of the indications and supporting findings that held. */
    private static final class Score {
        int total;
        final List<String> rationale = new ArrayList<>();
        final List<String> ruleIds = new ArrayList<>();

        void add(Rule rule, Truth truth) {
            if (truth == Truth.TRUE) {
                total += rule.weight();
                rationale.add(rule.message());
                ruleIds.add(rule.id());
            }
        }

        boolean isEmpty() {
            return ruleIds.isEmpty();
        }
    }
}
