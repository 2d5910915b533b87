package dev.spinetriage.admin.dto;

import dev.spinetriage.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateRulesetRequest", description = "A new draft: empty, or a copy of an existing ruleset's rules.")
public record CreateRulesetRequest(
        @Schema(example = "2026.11.1", required = true) @NotBlank @Pattern(regexp = RuleInput.VERSION_PATTERN,
                message = "letters, digits, '.', '_' or '-', at most 40") String version,
        @Schema(example = "Raise ESI conservative-care gate", required = true) @NotBlank @Size(max = 200)
        @PlainText(multiline = true) String changeNote,
        @Schema(description = "Version whose rules the draft starts with; empty draft when absent.",
                example = "2026.11.0") @Pattern(regexp = RuleInput.VERSION_PATTERN) String copyFrom) {}
