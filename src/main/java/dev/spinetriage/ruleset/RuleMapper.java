package dev.spinetriage.ruleset;

import dev.spinetriage.platform.json.Json;
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
                r.message, r.rationale, r.citation, r.urgency, r.conservativeCareGate);
    }

    public RulesetDto toDto(RulesetEntity ruleset, boolean withRules) {
        return new RulesetDto(ruleset.version, ruleset.status, ruleset.active, ruleset.changeNote, ruleset.createdAt,
                ruleset.createdBy, ruleset.publishedAt, ruleset.publishedBy,
                withRules ? RuleEntity.ofRuleset(ruleset.version).stream().map(this::toDto).toList() : null);
    }
}
