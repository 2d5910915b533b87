package dev.spinetriage.ruleset;

import dev.spinetriage.ruleset.dto.RulesetDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Read views of stored rulesets for the API. */
@ApplicationScoped
public class RulesetQueries {

    private final RuleMapper mapper;

    RulesetQueries(RuleMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional
    public RulesetDto active() {
        RulesetEntity ruleset = RulesetEntity.findActive()
                .orElseThrow(() -> new IllegalStateException("No active ruleset"));
        return mapper.toDto(ruleset, true);
    }
}
