package dev.spinetriage.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The single changed answers worth trying on a report, derived from the ruleset alone: only codes, flags and numbers
 * some rule tests can change an answer. Numbers take the boundary values of the rules' own ranges (just below and at
 * an {@code atLeast}; just below and at a {@code below}), never a value of our own.
 */
final class WhatIfChanges {

    private WhatIfChanges() {}

    static List<InputChange> of(List<Rule> rules, PatientReport report) {
        Map<CodeListField, Set<Enum<?>>> codes = new EnumMap<>(CodeListField.class);
        Set<FlagField> flags = EnumSet.noneOf(FlagField.class);
        Map<NumberField, TreeSet<Integer>> numbers = new EnumMap<>(NumberField.class);
        Map<String, InputChange> injections = new LinkedHashMap<>();
        for (Rule rule : rules) {
            for (Condition leaf : ConditionLeaves.of(rule.condition())) {
                if (leaf instanceof Condition.Includes includes) {
                    codes.computeIfAbsent(includes.field(), f -> new TreeSet<>(WhatIfChanges::byOrdinal))
                            .addAll(includes.codes());
                } else if (leaf instanceof Condition.FlagIs flag) {
                    flags.add(flag.field());
                } else if (leaf instanceof Condition.NumberInRange range) {
                    boundaries(range, numbers.computeIfAbsent(range.field(), f -> new TreeSet<>()));
                } else if (leaf instanceof Condition.PriorInjectionCount count) {
                    priorInjectionPassing(count, injections);
                }
            }
        }
        List<InputChange> changes = new ArrayList<>();
        codes.forEach((field, tested) -> tested.forEach(code -> codeChange(field, code, report, changes)));
        flags.forEach(flag -> flagChanges(flag, flag.valueOf(report), changes));
        numbers.forEach((field, values) -> values.stream()
                .filter(v -> v >= field.min() && v <= field.max() && !Integer.valueOf(v).equals(field.valueOf(report)))
                .forEach(v -> changes.add(InputChange.setNumber(field, v))));
        changes.addAll(injections.values());
        for (int i = 0; i < report.priorInjections().size(); i++) {
            changes.add(InputChange.removePriorInjection(i, report.priorInjections().get(i)));
        }
        return changes;
    }

    private static int byOrdinal(Enum<?> a, Enum<?> b) {
        return Integer.compare(a.ordinal(), b.ordinal());
    }

    private static void codeChange(CodeListField field, Enum<?> code, PatientReport report, List<InputChange> into) {
        Set<? extends Enum<?>> reported = field.valuesOf(report);
        if (!reported.contains(code)) {
            into.add(InputChange.addCode(field, code));
        } else if (reported.size() > 1 || !requiredNonEmpty(field)) {
            into.add(InputChange.removeCode(field, code));
        }
    }

    /** The request must name at least one symptom and one pain location, so the last one is never removed. */
    private static boolean requiredNonEmpty(CodeListField field) {
        return field == CodeListField.SYMPTOMS || field == CodeListField.PAIN_LOCATIONS;
    }

    private static void flagChanges(FlagField flag, Boolean current, List<InputChange> into) {
        if (!Boolean.TRUE.equals(current)) {
            into.add(InputChange.setFlag(flag, true));
        }
        if (!Boolean.FALSE.equals(current)) {
            into.add(InputChange.setFlag(flag, false));
        }
    }

    private static void boundaries(Condition.NumberInRange range, Set<Integer> into) {
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
     * below its maximum; given just within its time window, else this week). Only counts that filter on relief:
     * without a relief bound the rule does not say which relief to try.
     */
    private static void priorInjectionPassing(Condition.PriorInjectionCount count,
            Map<String, InputChange> into) {
        Integer relief = count.reliefPercentAtLeast() != null ? count.reliefPercentAtLeast()
                : count.reliefPercentBelow() != null ? Integer.valueOf(count.reliefPercentBelow() - 1) : null;
        if (relief == null || relief < 0 || relief > 100) {
            return;
        }
        int weeksAgo = count.weeksAgoBelow() != null ? Math.max(0, count.weeksAgoBelow() - 1) : 0;
        InputChange added = InputChange.addPriorInjection(count.therapy(), relief, weeksAgo);
        into.putIfAbsent(added.value(), added);
    }
}
