package dev.spinetriage.ruleset;

import dev.spinetriage.platform.json.Json;
import dev.spinetriage.rules.code.PolicyProfile;
import java.util.Arrays;
import java.util.List;
import dev.spinetriage.ruleset.dto.RulesetDto;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored rules to their API shape (the condition as JSON, not as text). */
@ApplicationScoped
public class RuleMapper {

    private final Json json;

    RuleMapper(Json json) {
        this.json = json;
    }

    public RulesetDto.RuleDto toDto(RuleEntity r) {
        return new RulesetDto.RuleDto(r.ruleId, r.kind, r.therapy, json.tree(r.condition), r.weight, r.code,
                r.message, r.rationale, r.citation, r.urgency, r.conservativeCareGate, profiles(r.profiles),
                r.reasonKind);
    }

    /** The stored profile names as the engine's codes; the validator refuses unknown ones before publishing. */
    public static List<PolicyProfile> profiles(String[] stored) {
        if (stored == null) {
            return List.of();
        }
        return Arrays.stream(stored).filter(name -> Arrays.stream(PolicyProfile.values())
                .anyMatch(p -> p.name().equals(name))).map(PolicyProfile::valueOf).sorted().toList();
    }

    public RulesetDto toDto(RulesetEntity ruleset, boolean withRules) {
        return new RulesetDto(ruleset.version, ruleset.status, ruleset.active, ruleset.changeNote, ruleset.createdAt,
                ruleset.createdBy, ruleset.publishedAt, ruleset.publishedBy,
                withRules ? RuleEntity.ofRuleset(ruleset.version).stream().map(this::toDto).toList() : null,
                List.of(PolicyProfile.values()));
    }
}
