package dev.spinetriage.rules;

import dev.spinetriage.rules.input.NumberInput;
import java.util.Objects;

/**
 * Finds conditions that no valid request can satisfy (an empty number range, a bound outside what the API accepts,
 * count limits that contradict each other), so a rule that can never fire is caught before it is published.
 */
public final class NeverTrue {

    /** Largest number of prior injections (or operations) a request may list. */
    static final int MAX_PRIOR_INJECTIONS = 50;

    private NeverTrue() {}

    /** A reason the condition can never hold, or null when some request may satisfy it. */
    public static String why(Condition condition) {
        if (condition instanceof Condition.Not not) {
            return not.condition() instanceof Condition.Always ? "negates 'always'" : null;
        }
        if (condition instanceof Condition.AllOf all) {
            return all.conditions().stream().map(NeverTrue::why).filter(Objects::nonNull).findFirst().orElse(null);
        }
        if (condition instanceof Condition.AnyOf any) {
            return any.conditions().stream().allMatch(c -> why(c) != null) ? "every alternative can never hold" : null;
        }
        if (condition instanceof Condition.NumberInRange range) {
            return range(range);
        }
        if (condition instanceof Condition.PriorInjectionCount prior) {
            return prior(prior);
        }
        if (condition instanceof Condition.PriorSurgeryCount surgery) {
            return counts(surgery.countAtLeast(), surgery.countAtMost());
        }
        if (condition instanceof Condition.CodeIn in) {
            return in.codes().isEmpty() ? "tests no code" : null;
        }
        return null;
    }

    private static String range(Condition.NumberInRange range) {
        NumberInput field = range.field();
        int low = range.atLeast() == null ? field.min() : Math.max(range.atLeast(), field.min());
        int highExclusive = range.below() == null ? field.max() + 1 : Math.min(range.below(), field.max() + 1);
        return low < highExclusive ? null : field.path() + " accepts " + field.min() + ".." + field.max()
                + ": no value is at least " + low + " and below " + highExclusive;
    }

    private static String counts(Integer countAtLeast, Integer countAtMost) {
        int atLeast = countAtLeast == null ? 0 : countAtLeast;
        int atMost = countAtMost == null ? MAX_PRIOR_INJECTIONS : countAtMost;
        return atLeast > Math.min(atMost, MAX_PRIOR_INJECTIONS) || atMost < 0
                ? "count must be at least " + atLeast + " and at most " + atMost : null;
    }

    private static String prior(Condition.PriorInjectionCount prior) {
        String counts = counts(prior.countAtLeast(), prior.countAtMost());
        if (counts != null) {
            return counts;
        }
        int atLeast = prior.countAtLeast() == null ? 0 : prior.countAtLeast();
        int reliefLow = prior.reliefPercentAtLeast() == null ? 0 : prior.reliefPercentAtLeast();
        int reliefHigh = prior.reliefPercentBelow() == null ? 101 : prior.reliefPercentBelow();
        boolean noneCanMatch = reliefLow >= reliefHigh || reliefLow > 100
                || (prior.weeksAgoBelow() != null && prior.weeksAgoBelow() <= 0)
                || (prior.reliefDurationHoursBelow() != null && prior.reliefDurationHoursBelow() <= 0);
        return noneCanMatch && atLeast > 0 ? "no prior injection can pass the relief/weeks filters" : null;
    }
}
