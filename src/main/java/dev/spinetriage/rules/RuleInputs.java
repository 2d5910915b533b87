package dev.spinetriage.rules;

import dev.spinetriage.rules.TriageExplanation.InputValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The inputs a rule tests, each with what the report holds there. */
final class RuleInputs {

    static final String NOT_REPORTED = "not reported";

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
            String held = includes.field().valuesOf(report).stream().filter(includes.codes()::contains)
                    .map(Enum::name).sorted().collect(Collectors.joining(", "));
            return new InputValue(includes.field().path(), held.isEmpty() ? "none of "
                    + includes.codes().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) : held);
        }
        if (leaf instanceof Condition.NumberInRange range) {
            return new InputValue(range.field().path(), text(range.field().valueOf(report)));
        }
        if (leaf instanceof Condition.FlagIs flag) {
            return new InputValue(flag.field().path(), text(flag.field().valueOf(report)));
        }
        Condition.PriorInjectionCount count = (Condition.PriorInjectionCount) leaf;
        long ofTherapy = report.priorInjections().stream().filter(p -> p.therapy() == count.therapy()).count();
        return new InputValue("priorInjections", ofTherapy + " " + count.therapy().name());
    }

    private static String text(Object value) {
        return value == null ? NOT_REPORTED : value.toString();
    }

    /** Two tests of one field: keep both readings, once each. */
    private static String union(String a, String b) {
        return a.equals(b) ? a : a + "; " + b;
    }
}
