package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Therapy;
import java.util.List;
import java.util.Map;

/**
 * A versioned set of rules together with the therapy profiles they rank.
 *
 * @param sources titles of the clinical sources rules cite, by short id (shown as a candidate's evidence)
 * @param labels  readable labels of codes (used in screening questions); a code without one reads as its name
 */
public record Ruleset(String version, List<Rule> rules, Map<Therapy, TherapyProfile> therapies,
        Map<String, String> sources, Map<Enum<?>, String> labels) {

    public Ruleset {
        rules = List.copyOf(rules);
        therapies = Map.copyOf(therapies);
        sources = Map.copyOf(sources);
        labels = Map.copyOf(labels);
    }

    public Ruleset(String version, List<Rule> rules, Map<Therapy, TherapyProfile> therapies) {
        this(version, rules, therapies, Map.of(), Map.of());
    }

    String label(Enum<?> code) {
        return labels.getOrDefault(code, code.name());
    }

    String sourceTitle(String id) {
        return sources.getOrDefault(id, id);
    }
}
