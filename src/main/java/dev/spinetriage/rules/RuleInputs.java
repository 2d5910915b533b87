package dev.spinetriage.rules;

import dev.spinetriage.rules.TriageExplanation.InputValue;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.PatientReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The inputs a rule tests, each with what the report holds there. */
final class RuleInputs {

    private RuleInputs() {}

    static List<InputValue> of(Rule rule, PatientReport report) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (Condition leaf : ConditionLeaves.of(rule.condition())) {
            InputValue input = describe(leaf, report);
            byField.merge(input.field(), input.value(), RuleInputs::union);
        }
        List<InputValue> inputs = new ArrayList<>();
        byField.forEach((field, value) -> inputs.add(new InputValue(field, value)));
        return inputs;
    }

    private static InputValue describe(Condition leaf, PatientReport report) {
        if (leaf instanceof Condition.Includes includes) {
            String held = report.get(includes.field()).stream().filter(includes.codes()::contains)
                    .map(Enum::name).sorted().collect(Collectors.joining(", "));
            return new InputValue(includes.field().path(), held.isEmpty() ? "none of "
                    + includes.codes().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) : held);
        }
        if (leaf instanceof Condition.PriorInjectionCount count) {
            long passing = report.get(InputCatalogue.PRIOR_INJECTIONS).stream()
                    .filter(p -> PriorInjectionCounter.passes(count, p)).count();
            return new InputValue("priorInjections", passing + " " + count.therapy().name() + " passing the filters");
        }
        if (leaf instanceof Condition.PriorSurgeryCount surgery) {
            return new InputValue("priorSpineSurgery",
                    InputCatalogue.PRIOR_SPINE_SURGERY.describe(report.get(InputCatalogue.PRIOR_SPINE_SURGERY)));
        }
        return new InputValue(ConditionLeaves.inputOf(leaf).path(), held(ConditionLeaves.inputOf(leaf), report));
    }

    private static <T> String held(Input<T> input, PatientReport report) {
        return input.describe(report.get(input));
    }

    /** Two tests of one field: keep both readings, once each. */
    private static String union(String a, String b) {
        return a.equals(b) ? a : a + "; " + b;
    }
}
