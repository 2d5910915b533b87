package dev.spinetriage.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spinetriage.ruleset.dto.RulesetDto;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored rules to their API shape (the condition as JSON, not as text). */
@ApplicationScoped
public class RuleMapper {

    private final ObjectMapper json;

    RuleMapper(ObjectMapper json) {
        this.json = json;
    }

    public RulesetDto.RuleDto toDto(RuleEntity r) {
        try {
            return new RulesetDto.RuleDto(r.ruleId, r.kind, r.therapy, json.readTree(r.condition), r.weight, r.code,
                    r.message, r.rationale, r.citation, r.urgency, r.conservativeCareGate);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Rule " + r.ruleId + " has an unreadable condition", e);
        }
    }

    public RulesetDto toDto(RulesetEntity ruleset, boolean withRules) {
        return new RulesetDto(ruleset.version, ruleset.status, ruleset.active, ruleset.changeNote, ruleset.createdAt,
                ruleset.createdBy, ruleset.publishedAt, ruleset.publishedBy,
                withRules ? RuleEntity.ofRuleset(ruleset.version).stream().map(this::toDto).toList() : null);
    }
}
