package dev.spinetriage.admin;

import dev.spinetriage.admin.dto.ValidationReport.Problem;
import dev.spinetriage.platform.json.Json;
import dev.spinetriage.rules.Condition;
import dev.spinetriage.rules.NeverTrue;
import dev.spinetriage.rules.ReasonKind;
import dev.spinetriage.rules.RuleKind;
import dev.spinetriage.rules.code.PolicyProfile;
import dev.spinetriage.ruleset.ConditionJson;
import dev.spinetriage.ruleset.InvalidConditionException;
import dev.spinetriage.ruleset.RuleEntity;
import dev.spinetriage.ruleset.RuleMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a ruleset for everything that would make it unsafe or useless to publish: unreadable or malformed
 * conditions, unknown codes, missing text or citation, citations of unknown sources, kind/urgency/therapy that do
 * not fit, rules that can never fire, duplicate ids. Reads only; changes nothing.
 */
final class RulesetValidator {

    private final Json json;
    private final Set<String> knownSources;
    private final List<Problem> problems = new ArrayList<>();

    private RulesetValidator(Json json, Set<String> knownSources) {
        this.json = json;
        this.knownSources = knownSources;
    }

    static List<Problem> validate(List<RuleEntity> rules, Set<String> knownSources, Json json) {
        RulesetValidator validator = new RulesetValidator(json, knownSources);
        validator.duplicateIds(rules);
        Set<String> therapiesWithIndication = new HashSet<>();
        rules.stream().filter(r -> RuleKind.INDICATION.name().equals(r.kind) && r.therapy != null)
                .forEach(r -> therapiesWithIndication.add(r.therapy));
        for (RuleEntity rule : rules) {
            validator.check(rule, therapiesWithIndication);
        }
        if (rules.isEmpty()) {
            validator.problems.add(new Problem(null, "rules", "the ruleset has no rules"));
        }
        return validator.problems;
    }

    private void duplicateIds(List<RuleEntity> rules) {
        Map<String, String> seen = new HashMap<>();
        for (RuleEntity rule : rules) {
            String previous = seen.putIfAbsent(rule.ruleId.toUpperCase(Locale.ROOT), rule.ruleId);
            if (previous != null) {
                add(rule, "ruleId", "duplicate id: '" + previous + "' and '" + rule.ruleId + "' differ only in case");
            }
        }
    }

    private void check(RuleEntity rule, Set<String> therapiesWithIndication) {
        requireText(rule, "message", rule.message);
        requireText(rule, "rationale", rule.rationale);
        checkCitation(rule);
        checkKind(rule, therapiesWithIndication);
        Condition condition = parse(rule);
        if (condition != null) {
            String never = NeverTrue.why(condition);
            if (never != null) {
                add(rule, "condition", "can never fire: " + never);
            }
        }
    }

    private void requireText(RuleEntity rule, String field, String value) {
        if (value == null || value.isBlank()) {
            add(rule, field, "missing " + field);
        }
    }

    private void checkCitation(RuleEntity rule) {
        if (rule.citation == null || rule.citation.isBlank()) {
            add(rule, "citation", "missing citation: every rule must cite its source");
            return;
        }
        for (String source : rule.citation.split(",")) {
            if (!knownSources.contains(source.trim())) {
                add(rule, "citation", "unknown source '" + source.trim() + "'; known: " + knownSources);
            }
        }
    }

    private void checkKind(RuleEntity rule, Set<String> therapiesWithIndication) {
        boolean redFlag = RuleKind.RED_FLAG.name().equals(rule.kind);
        if (redFlag != (rule.urgency != null)) {
            add(rule, "urgency", redFlag ? "a red flag needs an urgency" : "only red flags have an urgency");
        }
        if (redFlag && rule.therapy != null) {
            add(rule, "therapy", "a red flag applies to every therapy: leave therapy empty");
        }
        boolean perTherapy = List.of(RuleKind.INDICATION.name(), RuleKind.SUPPORTING_FINDING.name(),
                RuleKind.PREREQUISITE.name(), RuleKind.CRITERION.name()).contains(rule.kind);
        if (perTherapy && rule.therapy == null) {
            add(rule, "therapy", rule.kind + " rules need a therapy");
        }
        if (RuleKind.SUPPORTING_FINDING.name().equals(rule.kind) && rule.therapy != null
                && !therapiesWithIndication.contains(rule.therapy)) {
            add(rule, "kind", "can never fire: no INDICATION establishes " + rule.therapy + "'s pattern");
        }
        if (rule.conservativeCareGate && !RuleKind.PREREQUISITE.name().equals(rule.kind)) {
            add(rule, "conservativeCareGate", "only prerequisites can be conservative-care gates");
        }
        if (ReasonKind.COVERAGE.name().equals(rule.reasonKind)
                && !RuleKind.CONTRAINDICATION.name().equals(rule.kind)) {
            add(rule, "reasonKind", "only a contraindication (an exclusion) can be about coverage");
        }
        if (rule.profiles != null && RuleMapper.profiles(rule.profiles).size() != rule.profiles.length) {
            add(rule, "profiles", "unknown profile among " + List.of(rule.profiles) + "; known: "
                    + List.of(PolicyProfile.values()));
        }
        if (redFlag && rule.profiles != null && rule.profiles.length > 0) {
            add(rule, "profiles", "red flags apply to every profile: leave profiles empty");
        }
    }

    private Condition parse(RuleEntity rule) {
        try {
            return ConditionJson.parse(json.tree(rule.condition));
        } catch (InvalidConditionException e) {
            e.problems().forEach(p -> add(rule, p.substring(0, p.indexOf(':')), p.substring(p.indexOf(':') + 2)));
        } catch (Json.UnreadableJsonException e) {
            add(rule, "condition", "not valid JSON");
        }
        return null;
    }

    private void add(RuleEntity rule, String field, String message) {
        problems.add(new Problem(rule.ruleId, field, message));
    }
}
