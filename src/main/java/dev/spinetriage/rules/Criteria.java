package dev.spinetriage.rules;

import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.PatientReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks a policy's criteria for a therapy against one report: each criterion rule's truth is its status. */
final class Criteria {

    private Criteria() {}

    static List<Criterion> check(List<Rule> criteria, PatientReport report) {
        List<Criterion> checked = new ArrayList<>(criteria.size());
        for (Rule rule : criteria) {
            Truth truth = rule.condition().evaluate(report);
            List<String> missing = new ArrayList<>();
            if (truth == Truth.UNKNOWN) {
                Set<Input<?>> unreported = new LinkedHashSet<>();
                rule.condition().collectMissing(report, unreported);
                unreported.forEach(input -> missing.add(input.path()));
            }
            checked.add(new Criterion(rule.id(), rule.message(), status(truth), inputs(rule), missing,
                    rule.citation()));
        }
        return checked;
    }

    private static CriterionStatus status(Truth truth) {
        return switch (truth) {
            case TRUE -> CriterionStatus.MET;
            case FALSE -> CriterionStatus.UNMET;
            case UNKNOWN -> CriterionStatus.UNKNOWN;
        };
    }

    /** The request fields a criterion reads, each once, in the order its condition tests them. */
    private static List<String> inputs(Rule rule) {
        Set<String> fields = new LinkedHashSet<>();
        for (Condition leaf : ConditionLeaves.of(rule.condition())) {
            Input<?> input = ConditionLeaves.inputOf(leaf);
            if (input != null) {
                fields.add(input.path());
            } else if (leaf instanceof Condition.PriorInjectionCount) {
                fields.add("priorInjections");
            } else if (leaf instanceof Condition.PriorSurgeryCount) {
                fields.add("priorSpineSurgery");
            }
        }
        return List.copyOf(fields);
    }
}
