package dev.spinetriage.rules;

import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.PatientReport;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A list of rules indexed by the codes they test, so an evaluation visits only the rules that can hold for a report.
 * Each rule gets a set of "trigger" codes such that, when the report holds none of them, its condition is
 * {@link Truth#FALSE} — never UNKNOWN, since code lists are always known. A rule that could hold without any code
 * (a number, a flag, a negation) is always visited. Only for rule kinds where FALSE has no effect: a prerequisite
 * that is FALSE defers its therapy, so prerequisites are never indexed.
 */
final class RuleIndex {

    private final List<Rule> rules;
    private final BitSet alwaysVisited = new BitSet();
    private final Map<CodeListInput<?>, Map<Enum<?>, BitSet>> byCode = new LinkedHashMap<>();

    RuleIndex(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        for (int i = 0; i < this.rules.size(); i++) {
            Set<Trigger> triggers = triggers(this.rules.get(i).condition());
            if (triggers == null) {
                alwaysVisited.set(i);
                continue;
            }
            for (Trigger trigger : triggers) {
                byCode.computeIfAbsent(trigger.field(), f -> new HashMap<>())
                        .computeIfAbsent(trigger.code(), c -> new BitSet()).set(i);
            }
        }
    }

    /** The rules that may hold for this report, in their original order; every rule left out is FALSE for it. */
    List<Rule> candidates(PatientReport report) {
        BitSet visit = (BitSet) alwaysVisited.clone();
        for (Map.Entry<CodeListInput<?>, Map<Enum<?>, BitSet>> field : byCode.entrySet()) {
            for (Enum<?> code : report.get(field.getKey())) {
                BitSet triggered = field.getValue().get(code);
                if (triggered != null) {
                    visit.or(triggered);
                }
            }
        }
        List<Rule> candidates = new ArrayList<>(visit.cardinality());
        for (int i = visit.nextSetBit(0); i >= 0; i = visit.nextSetBit(i + 1)) {
            candidates.add(rules.get(i));
        }
        return candidates;
    }

    record Trigger(CodeListInput<?> field, Enum<?> code) {}

    /**
     * Codes of which the report must hold at least one for the condition to be anything but FALSE; {@code null}
     * when there is no such set. An empty set means the condition is always FALSE (includesAny of nothing).
     */
    static Set<Trigger> triggers(Condition condition) {
        if (condition instanceof Condition.Includes includes) {
            if (includes.codes().isEmpty()) {
                return includes.all() ? null : Set.of();
            }
            if (includes.all()) {
                // Every code of includesAll is needed on its own, so one suffices; the lowest, to be deterministic.
                Enum<?> first = includes.codes().stream().min(Comparator.comparingInt(Enum::ordinal)).orElseThrow();
                return Set.of(new Trigger(includes.field(), first));
            }
            Set<Trigger> triggers = new HashSet<>();
            for (Enum<?> code : includes.codes()) {
                triggers.add(new Trigger(includes.field(), code));
            }
            return triggers;
        }
        if (condition instanceof Condition.AllOf allOf) {
            // FALSE and anything is FALSE: the most selective conjunct's triggers are the whole rule's.
            Set<Trigger> best = null;
            for (Condition part : allOf.conditions()) {
                Set<Trigger> triggers = triggers(part);
                if (triggers != null && (best == null || triggers.size() < best.size())) {
                    best = triggers;
                }
            }
            return best;
        }
        if (condition instanceof Condition.AnyOf anyOf) {
            // Only FALSE when every branch is: the union, and no index at all if one branch can hold without a code.
            Set<Trigger> union = new HashSet<>();
            for (Condition part : anyOf.conditions()) {
                Set<Trigger> triggers = triggers(part);
                if (triggers == null) {
                    return null;
                }
                union.addAll(triggers);
            }
            return union;
        }
        return null;
    }
}
