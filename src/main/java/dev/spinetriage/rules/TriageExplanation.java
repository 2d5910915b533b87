package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Therapy;
import java.util.List;

/**
 * Why each therapy landed where it did for one report, and which single changed answer would move it.
 *
 * @param outcome       the triage of the report as it is (exactly what {@link TriageEngine#evaluate} returns)
 * @param therapies     one explanation per therapy of the ruleset, in catalogue order
 * @param reevaluations how many changed reports were triaged to find the what-ifs
 * @param truncated     true when there were more changes to try than {@link TriageExplainer#MAX_REEVALUATIONS}
 */
public record TriageExplanation(TriageOutcome outcome, List<TherapyExplanation> therapies, int reevaluations,
        boolean truncated) {

    public TriageExplanation {
        therapies = List.copyOf(therapies);
    }

    /**
     * @param supporting  indications and supporting findings that hold
     * @param conflicting blocking red flags and contraindications that hold, prerequisites known not to hold
     * @param missing     unreported inputs that decide a rule able to change this therapy's status
     * @param whatIfs     each single change that moves this therapy to another status
     */
    public record TherapyExplanation(Therapy therapy, String name, TherapyStatus status, List<RuleReason> supporting,
            List<RuleReason> conflicting, List<MissingInput> missing, List<WhatIf> whatIfs) {

        public TherapyExplanation {
            supporting = List.copyOf(supporting);
            conflicting = List.copyOf(conflicting);
            missing = List.copyOf(missing);
            whatIfs = List.copyOf(whatIfs);
        }
    }

    /** A rule that decides, with the reported values of the inputs it tests. */
    public record RuleReason(String ruleId, RuleKind kind, String code, String message, String source,
            List<InputValue> inputs) {

        public RuleReason {
            inputs = List.copyOf(inputs);
        }
    }

    /** A request field and what the report holds there, as text ("not reported" when unknown). */
    public record InputValue(String field, String value) {}

    /** An unreported input, the question to ask, and the rules it decides. */
    public record MissingInput(String field, String question, List<String> ruleIds) {

        public MissingInput {
            ruleIds = List.copyOf(ruleIds);
        }
    }

    /** One changed answer and the status it gives the therapy. */
    public record WhatIf(InputChange change, TherapyStatus from, TherapyStatus to) {}
}
