package dev.spinetriage.rules;

import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The inputs a set of rules reads, so that a what-if which changes none of them can keep their verdicts. A condition
 * this class cannot tie to an input makes the answer {@code null}, "any input", and the caller evaluates everything
 * again: a new kind of condition is safe until it is named here.
 */
final class TestedInputs {

    private TestedInputs() {}

    /** The inputs the rules' conditions read; null when some condition cannot be tied to inputs. */
    static Set<Input<?>> of(Collection<Rule> rules) {
        Set<Input<?>> inputs = new HashSet<>();
        boolean[] unknown = {false};
        for (Rule rule : rules) {
            ConditionLeaves.visit(rule.condition(), leaf -> {
                Input<?> input = readBy(leaf);
                if (input == null) {
                    unknown[0] = true;
                } else {
                    inputs.add(input);
                }
            });
        }
        return unknown[0] ? null : Set.copyOf(inputs);
    }

    /** Whether a what-if that changed these inputs can change what rules reading {@code tested} decide. */
    static boolean touches(Set<Input<?>> tested, Set<Input<?>> changed) {
        if (tested == null) {
            return true;
        }
        for (Input<?> input : changed) {
            if (tested.contains(input)) {
                return true;
            }
        }
        return false;
    }

    /** The one input a leaf reads (the counts read their lists: see their evaluate), or null. */
    private static Input<?> readBy(Condition leaf) {
        Input<?> input = ConditionLeaves.inputOf(leaf);
        if (input != null) {
            return input;
        }
        if (leaf instanceof Condition.PriorInjectionCount) {
            return InputCatalogue.PRIOR_INJECTIONS;
        }
        if (leaf instanceof Condition.PriorSurgeryCount) {
            return InputCatalogue.PRIOR_SPINE_SURGERY;
        }
        return null;
    }
}
