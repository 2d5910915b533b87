package dev.spinetriage.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The evidence shown with a therapy for one patient: the sources cited by the indications and supporting findings
 * that matched, each with the therapy catalogue's graded statement for that source (the one about the matched
 * pattern when there is one), else the source's title. A stenosis patient is shown the stenosis evidence, not the
 * sciatica evidence.
 */
final class TherapyEvidence {

    private TherapyEvidence() {}

    static List<Evidence> of(TherapyProfile profile, List<Rule> matched, Ruleset ruleset) {
        Set<String> seen = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Rule rule : matched) {
            for (String cited : rule.citation().split(",")) {
                String source = cited.trim();
                if (seen.add(source)) {
                    evidence.add(statement(profile, rule.code(), source, ruleset));
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
