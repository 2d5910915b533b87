package dev.spinetriage.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence shown with a therapy for one patient: the sources cited by the indications and supporting findings
 * that matched, each with the therapy catalogue's graded statement for that source (the one about the matched
 * pattern when there is one), else the source's title. A stenosis patient is shown the stenosis evidence, not the
 * sciatica evidence. What each rule contributes is worked out once, when the ruleset is compiled.
 */
final class TherapyEvidence {

    private final Map<Rule, List<Evidence>> byRule = new IdentityHashMap<>();

    TherapyEvidence(TherapyProfile profile, List<Rule> rules, Ruleset ruleset) {
        for (Rule rule : rules) {
            List<Evidence> evidence = new ArrayList<>();
            for (String cited : rule.citation().split(",")) {
                evidence.add(statement(profile, rule.code(), cited.trim(), ruleset));
            }
            byRule.put(rule, List.copyOf(evidence));
        }
    }

    /** The evidence behind the rules that matched, each source once, in the order the rules matched. */
    List<Evidence> of(List<Rule> matched) {
        Set<String> seen = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Rule rule : matched) {
            for (Evidence statement : byRule.getOrDefault(rule, List.of())) {
                if (seen.add(statement.source())) {
                    evidence.add(statement);
                }
            }
        }
        return evidence;
    }

    private static Evidence statement(TherapyProfile profile, String pattern, String source, Ruleset ruleset) {
        Evidence general = null;
        for (Evidence statement : profile.evidence()) {
            if (!statement.source().equals(source)) {
                continue;
            }
            if (pattern.equals(statement.pattern())) {
                return statement;
            }
            if (statement.pattern() == null && general == null) {
                general = statement;
            }
        }
        return general != null ? general
                : new Evidence(source + ": " + ruleset.sourceTitle(source), null, source, null);
    }
}
