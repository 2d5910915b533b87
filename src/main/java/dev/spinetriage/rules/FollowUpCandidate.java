package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.input.Input;
import java.util.List;
import java.util.Set;

/**
 * An unreported input rules needed, found while evaluating one report; it becomes a follow-up question only when
 * some answer to it would change the triage (see {@link FollowUps}).
 *
 * @param reasons     the rules that needed it
 * @param screenCodes for a screening (a red flag that fired and names findings to rule out): the codes to ask about;
 *                    empty otherwise
 */
record FollowUpCandidate(Input<?> input, List<Reason> reasons, Set<Enum<?>> screenCodes) {

    FollowUpCandidate {
        reasons = List.copyOf(reasons);
        screenCodes = Set.copyOf(screenCodes);
    }

    static FollowUpCandidate of(Input<?> input, Rule rule, String context, Set<Enum<?>> screenCodes) {
        String why = (context == null ? "" : context + ": ") + rule.message() + " (" + rule.citation() + ")";
        return new FollowUpCandidate(input, List.of(new Reason(why, rule.therapy(), rule.kind() == RuleKind.RED_FLAG)),
                screenCodes);
    }

    /**
     * Why a rule needed the input.
     *
     * @param therapy the therapy the rule is about; null for red flags and rules about every therapy
     */
    record Reason(String why, Therapy therapy, boolean redFlag) {}
}
