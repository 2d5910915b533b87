package dev.spinetriage.admin.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ValidationReport", description = "Every problem found in a ruleset; nothing was changed.")
public record ValidationReport(String version, boolean valid, List<Problem> problems) {

    @Schema(name = "RuleProblem")
    public record Problem(
            @Schema(description = "The rule, or null for a problem of the ruleset as a whole.") String ruleId,
            @Schema(example = "condition.all[0].includesAny[1]") String field,
            String message) {}
}
