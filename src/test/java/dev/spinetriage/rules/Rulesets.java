package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Purpose;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.NumberInput;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small hand-built rulesets for engine tests: each test states only the rules it is about. */
final class Rulesets {

    private final List<Rule> rules = new ArrayList<>();
    private final Map<Therapy, TherapyProfile> therapies = new EnumMap<>(Therapy.class);

    static Rulesets ruleset() {
        Rulesets rulesets = new Rulesets();
        for (Therapy therapy : Therapy.values()) {
            rulesets.therapies.put(therapy, new TherapyProfile(therapy, therapy.name(), Purpose.THERAPEUTIC,
                    therapy == Therapy.REGENERATIVE_INJECTION,
                    therapy == Therapy.RADIOFREQUENCY_ABLATION ? Therapy.MEDIAL_BRANCH_BLOCK : null,
                    List.of(new Evidence("test", EvidenceLevel.MODERATE, "TEST"))));
        }
        return rulesets;
    }

    Rulesets rule(String id, RuleKind kind, Therapy therapy, Condition condition, int weight) {
        rules.add(new Rule(id, kind, therapy, condition, weight, id, "message of " + id, "why " + id, "TEST",
                kind == RuleKind.RED_FLAG ? Urgency.URGENT : null, false));
        return this;
    }

    Rulesets redFlag(String id, Urgency urgency, Condition condition) {
        rules.add(new Rule(id, RuleKind.RED_FLAG, null, condition, 0, id, "message of " + id, "why", "TEST", urgency,
                false));
        return this;
    }

    Rulesets gate(String id, Therapy therapy, Condition condition) {
        rules.add(new Rule(id, RuleKind.PREREQUISITE, therapy, condition, 0, id, "message of " + id, "why", "TEST",
                null, true));
        return this;
    }

    Rulesets add(Rule rule) {
        rules.add(rule);
        return this;
    }

    TriageEngine engine() {
        return new TriageEngine(new Ruleset("test-1", rules, therapies));
    }

    static Condition has(CodeListInput<?> field, Enum<?>... codes) {
        return new Condition.Includes(field, Set.of(codes), false);
    }

    static Condition atLeast(NumberInput field, int value) {
        return new Condition.NumberInRange(field, value, null);
    }

    static Condition always() {
        return new Condition.Always();
    }

    private Rulesets() {}
}
