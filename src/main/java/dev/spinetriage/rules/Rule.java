package dev.spinetriage.rules;

import dev.spinetriage.rules.code.PolicyProfile;
import dev.spinetriage.rules.code.Therapy;
import java.util.Objects;
import java.util.Set;

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
 * @param profiles  the policy profiles it applies to; empty for every profile
 * @param reasonKind whether the finding it makes is clinical or about coverage
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
        boolean conservativeCareGate,
        Set<PolicyProfile> profiles,
        ReasonKind reasonKind) {

    /** A rule of every profile, whose findings are clinical. */
    public Rule(String id, RuleKind kind, Therapy therapy, Condition condition, int weight, String code, String message,
            String rationale, String citation, Urgency urgency, boolean conservativeCareGate) {
        this(id, kind, therapy, condition, weight, code, message, rationale, citation, urgency, conservativeCareGate,
                Set.of(), ReasonKind.CLINICAL);
    }

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
        profiles = profiles == null || profiles.isEmpty() ? Set.of() : Set.copyOf(profiles);
        reasonKind = reasonKind == null ? ReasonKind.CLINICAL : reasonKind;
    }

    public boolean appliesTo(Therapy candidate) {
        return therapy == null || therapy == candidate;
    }

    public boolean appliesTo(PolicyProfile profile) {
        return profiles.isEmpty() || profiles.contains(profile);
    }
}
