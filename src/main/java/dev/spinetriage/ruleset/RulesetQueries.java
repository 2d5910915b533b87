package dev.spinetriage.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spinetriage.ruleset.dto.RulesetDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Read views of stored rulesets for the API. */
@ApplicationScoped
public class RulesetQueries {

    private final ObjectMapper json;

    RulesetQueries(ObjectMapper json) {
        this.json = json;
    }

    @Transactional
    public RulesetDto active() {
        RulesetEntity ruleset = RulesetEntity.findActive()
                .orElseThrow(() -> new IllegalStateException("No active ruleset"));
        return new RulesetDto(ruleset.version, ruleset.status, ruleset.active, ruleset.changeNote, ruleset.createdAt,
                ruleset.createdBy, ruleset.publishedAt, ruleset.publishedBy,
                RuleEntity.ofRuleset(ruleset.version).stream().map(this::toDto).toList());
    }

    private RulesetDto.RuleDto toDto(RuleEntity r) {
        try {
            return new RulesetDto.RuleDto(r.ruleId, r.kind, r.therapy, json.readTree(r.condition), r.weight, r.code,
                    r.message, r.rationale, r.citation, r.urgency, r.conservativeCareGate);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Rule " + r.ruleId + " has an unreadable condition", e);
        }
    }
}
