package dev.spinetriage.rules;

import dev.spinetriage.rules.input.CodeInput;
import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.FlagInput;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.NumberInput;
import dev.spinetriage.rules.input.PatientReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * For each input a ruleset tests: the answers worth trying when it is missing (only values the rules themselves
 * test: each flag value, the codes they name, the boundaries of their number ranges, never a value of our own), and
 * its clinical priority as a follow-up question (the most urgent kind of rule that tests it). Compiled once per
 * ruleset.
 */
final class Probes {

    private static final int UNTESTED = Integer.MAX_VALUE;

    private final Map<Input<?>, Integer> priority = new HashMap<>();
    private final Map<Input<?>, Set<Object>> values = new HashMap<>();

    Probes(List<Rule> rules) {
        for (Rule rule : rules) {
            int rank = rank(rule);
            ConditionLeaves.visit(rule.condition(), leaf -> {
                Input<?> input = ConditionLeaves.inputOf(leaf);
                if (input != null) {
                    priority.merge(input, rank, Math::min);
                    values.computeIfAbsent(input, i -> new TreeSet<>(Probes::order)).addAll(tested(leaf));
                }
            });
        }
    }

    /** Lower is asked first: red flags by urgency, then exclusions, cautions, prerequisites, indications. */
    int priority(Input<?> input) {
        return priority.getOrDefault(input, UNTESTED);
    }

    /** An answer worth trying, and the report with it. */
    record Answer(String value, PatientReport report) {}

    /** The report with each answer worth trying for this input, other than the one it holds. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<Answer> answers(PatientReport report, Input<?> input) {
        List<Answer> answered = new ArrayList<>();
        for (Object value : values.getOrDefault(input, Set.of())) {
            if (input instanceof CodeListInput<?> list) {
                if (!report.get(list).contains(value)) {
                    answered.add(new Answer(value.toString(), report.withCode(list, (Enum<?>) value, true)));
                }
            } else if (!Objects.equals(report.get((Input) input), value)) {
                answered.add(new Answer(value.toString(), report.with((Input) input, value)));
            }
        }
        return answered;
    }

    private static int rank(Rule rule) {
        return switch (rule.kind()) {
            case RED_FLAG -> rule.urgency().ordinal();
            case CONTRAINDICATION -> 3;
            case CAUTION -> 4;
            case PREREQUISITE -> 5;
            case INDICATION -> 6;
            case SUPPORTING_FINDING -> 7;
            case CRITERION -> 8;
        };
    }

    private static List<Object> tested(Condition leaf) {
        List<Object> tested = new ArrayList<>();
        if (leaf instanceof Condition.Includes includes) {
            tested.addAll(includes.codes());
        } else if (leaf instanceof Condition.CodeIn in) {
            tested.addAll(in.codes());
        } else if (leaf instanceof Condition.FlagIs || leaf instanceof Condition.Reported r
                && r.field() instanceof FlagInput) {
            tested.add(Boolean.TRUE);
            tested.add(Boolean.FALSE);
        } else if (leaf instanceof Condition.NumberInRange range) {
            boundaries(range, tested);
        } else if (leaf instanceof Condition.Reported r && r.field() instanceof CodeInput<?> code) {
            tested.addAll(code.codes());
        }
        return tested;
    }

    private static void boundaries(Condition.NumberInRange range, List<Object> into) {
        NumberInput field = range.field();
        for (Integer bound : new Integer[] {range.atLeast(), range.below()}) {
            if (bound != null) {
                for (int value : new int[] {bound - 1, bound}) {
                    if (value >= field.min() && value <= field.max()) {
                        into.add(value);
                    }
                }
            }
        }
    }

    /** Codes by their order in the code list, numbers ascending, true before false: a stable order to try them. */
    static int order(Object a, Object b) {
        if (a instanceof Enum<?> x && b instanceof Enum<?> y) {
            return Integer.compare(x.ordinal(), y.ordinal());
        }
        if (a instanceof Integer x && b instanceof Integer y) {
            return Integer.compare(x, y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(y, x);
        }
        return Comparator.comparing(Object::toString).compare(a, b);
    }
}
