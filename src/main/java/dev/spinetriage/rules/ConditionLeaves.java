package dev.spinetriage.rules;

import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.PatientReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Walks a condition down to the tests it is made of (code lists, codes, numbers, flags, counts, reported-or-not). */
final class ConditionLeaves {

    private ConditionLeaves() {}

    static List<Condition> of(Condition condition) {
        List<Condition> leaves = new ArrayList<>();
        visit(condition, leaves::add);
        return leaves;
    }

    static void visit(Condition condition, Consumer<Condition> leaf) {
        if (condition instanceof Condition.AllOf all) {
            all.conditions().forEach(c -> visit(c, leaf));
        } else if (condition instanceof Condition.AnyOf any) {
            any.conditions().forEach(c -> visit(c, leaf));
        } else if (condition instanceof Condition.Not not) {
            visit(not.condition(), leaf);
        } else if (!(condition instanceof Condition.Always)) {
            leaf.accept(condition);
        }
    }

    /** The input a leaf tests; null for the counts of prior injections and surgery (lists are never unknown). */
    static Input<?> inputOf(Condition leaf) {
        if (leaf instanceof Condition.Includes includes) {
            return includes.field();
        }
        if (leaf instanceof Condition.CodeIn in) {
            return in.field();
        }
        if (leaf instanceof Condition.NumberInRange range) {
            return range.field();
        }
        if (leaf instanceof Condition.FlagIs flag) {
            return flag.field();
        }
        if (leaf instanceof Condition.Reported reported) {
            return reported.field();
        }
        return null;
    }

    /** Inputs a held condition tests as "not reported" and that are indeed missing: a rule that fired for lack of them. */
    static void unreportedTests(Condition condition, PatientReport report, Set<Input<?>> into) {
        visit(condition, leaf -> {
            if (leaf instanceof Condition.Reported reported && !report.isReported(reported.field())) {
                into.add(reported.field());
            }
        });
    }

    /** Codes of that list the condition requires to be absent (tested under a "not"): what a screening asks about. */
    static void negatedCodes(Condition condition, CodeListInput<?> field, Set<Enum<?>> into) {
        if (condition instanceof Condition.Not not) {
            not.condition().collectCodes(field, into);
        } else if (condition instanceof Condition.AllOf all) {
            all.conditions().forEach(c -> negatedCodes(c, field, into));
        } else if (condition instanceof Condition.AnyOf any) {
            any.conditions().forEach(c -> negatedCodes(c, field, into));
        }
    }
}
