package dev.spinetriage.admin.dto;

import dev.spinetriage.ruleset.dto.RulesetDto.RuleDto;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RulesetDiff", description = "What changes from ruleset `from` to ruleset `to`.")
public record RulesetDiff(String from, String to, List<RuleDto> added, List<RuleDto> removed,
        List<ChangedRule> changed) {

    @Schema(name = "ChangedRule")
    public record ChangedRule(String ruleId, List<String> changedFields, RuleDto before, RuleDto after) {}
}
