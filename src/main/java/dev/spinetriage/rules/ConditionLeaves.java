package dev.spinetriage.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Walks a condition down to the tests it is made of (code lists, numbers, flags, prior-injection counts). */
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
}
