package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Therapy;
import java.util.Objects;

/**
 * One clinical rule.
 *
 * @param therapy   the therapy it is about, or {@code null} for every therapy (red flags, general contraindications)
 * @param weight    score contributed by indications and supporting findings
 * @param code      the code the client sees: red-flag finding, contraindication, caution or unmet prerequisite
 * @param message   what the specialist reads in the answer
 * @param rationale why the rule exists, with any threshold caveat
 * @param citation  source short ids, e.g. {@code LCD-ESI, NICE-NG59}; never empty
 * @param urgency   red flags only
 * @param conservativeCareGate prerequisites only: unmet means "too early, conservative care first"
 */
public record Rule(
        String id,
        RuleKind kind,
        Therapy therapy,
        Condition condition,
        int weight,
        String code,
        String message,
        String rationale,
        String citation,
        Urgency urgency,
        boolean conservativeCareGate) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (citation == null || citation.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " cites no source");
        }
        if ((kind == RuleKind.RED_FLAG) != (urgency != null)) {
            throw new IllegalArgumentException("rule " + id + ": urgency is for red flags, and red flags need one");
        }
    }

    public boolean appliesTo(Therapy candidate) {
        return therapy == null || therapy == candidate;
    }
}
