package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Therapy;
import java.util.List;
import java.util.Map;

/** A versioned set of rules together with the therapy profiles they rank. */
public record Ruleset(String version, List<Rule> rules, Map<Therapy, TherapyProfile> therapies) {

    public Ruleset {
        rules = List.copyOf(rules);
        therapies = Map.copyOf(therapies);
    }
}
