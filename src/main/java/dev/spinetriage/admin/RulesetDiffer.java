package dev.spinetriage.admin;

import dev.spinetriage.admin.dto.RulesetDiff;
import dev.spinetriage.ruleset.RuleMapper;
import dev.spinetriage.ruleset.RuleEntity;
import dev.spinetriage.ruleset.dto.RulesetDto.RuleDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Rules added, removed and changed between two rulesets, compared by rule id and field by field. */
@ApplicationScoped
public class RulesetDiffer {

    private final RulesetAdminService rulesets;
    private final RuleMapper mapper;

    RulesetDiffer(RulesetAdminService rulesets, RuleMapper mapper) {
        this.rulesets = rulesets;
        this.mapper = mapper;
    }

    @Transactional
    public RulesetDiff diff(String from, String to) {
        Map<String, RuleDto> before = byId(from);
        Map<String, RuleDto> after = byId(to);
        List<RuleDto> added = after.values().stream().filter(r -> !before.containsKey(r.ruleId())).toList();
        List<RuleDto> removed = before.values().stream().filter(r -> !after.containsKey(r.ruleId())).toList();
        List<RulesetDiff.ChangedRule> changed = new ArrayList<>();
        for (RuleDto old : before.values()) {
            RuleDto now = after.get(old.ruleId());
            if (now != null) {
                List<String> fields = changedFields(old, now);
                if (!fields.isEmpty()) {
                    changed.add(new RulesetDiff.ChangedRule(old.ruleId(), fields, old, now));
                }
            }
        }
        return new RulesetDiff(from, to, added, removed, changed);
    }

    private Map<String, RuleDto> byId(String version) {
        rulesets.ruleset(version);
        Map<String, RuleDto> rules = new LinkedHashMap<>();
        RuleEntity.ofRuleset(version).forEach(r -> rules.put(r.ruleId, mapper.toDto(r)));
        return rules;
    }

    private static List<String> changedFields(RuleDto a, RuleDto b) {
        Map<String, Boolean> same = new LinkedHashMap<>();
        same.put("kind", Objects.equals(a.kind(), b.kind()));
        same.put("therapy", Objects.equals(a.therapy(), b.therapy()));
        same.put("condition", Objects.equals(a.condition(), b.condition()));
        same.put("weight", a.weight() == b.weight());
        same.put("code", Objects.equals(a.code(), b.code()));
        same.put("message", Objects.equals(a.message(), b.message()));
        same.put("rationale", Objects.equals(a.rationale(), b.rationale()));
        same.put("citation", Objects.equals(a.citation(), b.citation()));
        same.put("urgency", Objects.equals(a.urgency(), b.urgency()));
        same.put("conservativeCareGate", a.conservativeCareGate() == b.conservativeCareGate());
        same.put("profiles", Objects.equals(a.profiles(), b.profiles()));
        same.put("reasonKind", Objects.equals(a.reasonKind(), b.reasonKind()));
        return same.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }
}
