package dev.spinetriage.rules;

import dev.spinetriage.rules.input.CodeInput;
import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.FlagInput;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.NumberInput;
import dev.spinetriage.rules.input.PatientReport;
import dev.spinetriage.rules.input.PriorInjection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The single changed answers worth trying on a report, derived from the ruleset alone: only codes, flags and numbers
 * some rule tests can change an answer. Numbers take the boundary values of the rules' own ranges (just below and at
 * an {@code atLeast}; just below and at a {@code below}), never a value of our own. Actionable changes come first.
 */
final class WhatIfChanges {

    private WhatIfChanges() {}

    static List<InputChange> of(List<Rule> rules, PatientReport report) {
        Map<Input<?>, Set<Object>> tested = new LinkedHashMap<>();
        Map<String, InputChange> injections = new LinkedHashMap<>();
        for (Rule rule : rules) {
            for (Condition leaf : ConditionLeaves.of(rule.condition())) {
                collect(leaf, tested, injections);
            }
        }
        List<InputChange> changes = new ArrayList<>();
        for (Input<?> input : InputCatalogue.all()) {
            for (Object value : tested.getOrDefault(input, Set.of())) {
                change(input, value, report, changes);
            }
        }
        changes.addAll(injections.values());
        List<PriorInjection> prior = report.get(InputCatalogue.PRIOR_INJECTIONS);
        for (int i = 0; i < prior.size(); i++) {
            changes.add(InputChange.removePriorInjection(i, prior.get(i)));
        }
        changes.sort(Comparator.comparing((InputChange c) -> !c.actionable()));
        return changes;
    }

    private static void collect(Condition leaf, Map<Input<?>, Set<Object>> tested,
            Map<String, InputChange> injections) {
        if (leaf instanceof Condition.PriorInjectionCount count) {
            priorInjectionPassing(count, injections);
            return;
        }
        Input<?> input = ConditionLeaves.inputOf(leaf);
        if (input == null) {
            return;
        }
        Set<Object> values = tested.computeIfAbsent(input, i -> new TreeSet<>(Probes::order));
        if (leaf instanceof Condition.Includes includes) {
            values.addAll(includes.codes());
        } else if (leaf instanceof Condition.CodeIn in) {
            values.addAll(in.codes());
        } else if (leaf instanceof Condition.NumberInRange range) {
            boundaries(range, values);
        } else if (input instanceof FlagInput) {
            values.add(Boolean.TRUE);
            values.add(Boolean.FALSE);
        }
    }

    @SuppressWarnings({"rawtypes"})
    private static void change(Input<?> input, Object value, PatientReport report, List<InputChange> into) {
        if (input instanceof CodeListInput<?> list) {
            Set<?> reported = report.get(list);
            if (!reported.contains(value)) {
                into.add(InputChange.addCode(list, (Enum<?>) value, report));
            } else if (reported.size() > 1 || !list.required()) {
                // The request must name at least one symptom and one pain location: the last one stays.
                into.add(InputChange.removeCode(list, (Enum<?>) value));
            }
        } else if (input instanceof CodeInput code) {
            if (value != report.get((CodeInput<?>) code)) {
                into.add(InputChange.setCode(code, (Enum<?>) value, report));
            }
        } else if (input instanceof FlagInput flag) {
            if (!value.equals(report.get(flag))) {
                into.add(InputChange.setFlag(flag, (Boolean) value, report));
            }
        } else if (input instanceof NumberInput number) {
            int to = (Integer) value;
            if (to >= number.min() && to <= number.max() && !Integer.valueOf(to).equals(report.get(number))) {
                into.add(InputChange.setNumber(number, to, report));
            }
        }
    }

    private static void boundaries(Condition.NumberInRange range, Set<Object> into) {
        if (range.atLeast() != null) {
            into.add(range.atLeast() - 1);
            into.add(range.atLeast());
        }
        if (range.below() != null) {
            into.add(range.below() - 1);
            into.add(range.below());
        }
    }

    /**
     * One injection that passes the count's filters at their own bounds (relief exactly at its minimum, or just
     * below its maximum; given just within its time window, else this week; in its region). Only counts that filter
     * on relief: without a relief bound the rule does not say which relief to try.
     */
    private static void priorInjectionPassing(Condition.PriorInjectionCount count,
            Map<String, InputChange> into) {
        Integer relief = count.reliefPercentAtLeast() != null ? count.reliefPercentAtLeast()
                : count.reliefPercentBelow() != null ? Integer.valueOf(count.reliefPercentBelow() - 1) : null;
        if (relief == null || relief < 0 || relief > 100) {
            return;
        }
        int weeksAgo = count.weeksAgoBelow() != null ? Math.max(0, count.weeksAgoBelow() - 1) : 0;
        Integer hours = count.reliefDurationHoursBelow() != null ? Math.max(0, count.reliefDurationHoursBelow() - 1)
                : null;
        InputChange added = InputChange.addPriorInjection(new PriorInjection(count.therapy(), relief, weeksAgo,
                count.region(), hours, null));
        into.putIfAbsent(added.value(), added);
    }
}
