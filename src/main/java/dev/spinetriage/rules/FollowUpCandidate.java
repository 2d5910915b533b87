package dev.spinetriage.rules;

import dev.spinetriage.rules.input.Input;
import java.util.Set;

/**
 * An unreported input a rule needed, found while evaluating one report; it becomes a follow-up question only when
 * some answer to it would change the triage (see {@link FollowUps}).
 *
 * @param why         the rule that needed it, as the question's "why"
 * @param screenCodes for a screening (a red flag that fired and names findings to rule out): the codes to ask about;
 *                    empty otherwise
 */
record FollowUpCandidate(Input<?> input, String why, Set<Enum<?>> screenCodes) {

    FollowUpCandidate {
        screenCodes = Set.copyOf(screenCodes);
    }
}
