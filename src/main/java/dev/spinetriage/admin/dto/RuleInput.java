package dev.spinetriage.admin.dto;

import dev.spinetriage.platform.validation.PlainText;
import com.fasterxml.jackson.databind.JsonNode;
import dev.spinetriage.platform.validation.BoundedJson;
import dev.spinetriage.platform.validation.NoDuplicates;
import dev.spinetriage.rules.ReasonKind;
import dev.spinetriage.rules.RuleKind;
import dev.spinetriage.rules.Urgency;
import dev.spinetriage.rules.code.PolicyProfile;
import dev.spinetriage.rules.code.Therapy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rule as an editor writes it. Saving is deliberately lenient about clinical completeness (a draft may lack a
 * citation or hold a condition with an unknown code): POST .../validate lists those problems and publishing refuses
 * them. Only the shape is checked here.
 */
@Schema(name = "RuleInput")
public record RuleInput(
        @Schema(description = "Required on POST; on PUT it must equal the id in the path when given.",
                example = "ESI-PRE-PAIN-DURATION") @Pattern(regexp = RULE_ID_PATTERN,
                message = "letters, digits, '.', '_' or '-', at most 80") String ruleId,
        @NotNull RuleKind kind,
        @Schema(description = "Therapy the rule is about; null for every therapy (red flags, general "
                + "contraindications).") Therapy therapy,
        @Schema(implementation = Object.class, required = true,
                description = "JSON condition over the request (see README: The condition language).",
                example = "{\"field\": \"durationWeeks\", \"atLeast\": 6}") @NotNull @BoundedJson JsonNode condition,
        @Schema(description = "Score added by indications and supporting findings; 0 when absent.")
        @Min(-100) @Max(100) Integer weight,
        @Schema(example = "MIN_PAIN_DURATION") @NotBlank @Size(max = 80) @PlainText String code,
        @Size(max = 1000) @PlainText(multiline = true) String message,
        @Size(max = 2000) @PlainText(multiline = true) String rationale,
        @Schema(description = "Source short ids, comma-separated.", example = "LCD-ESI, SEED") @Size(max = 200)
        @PlainText String citation,
        @Schema(description = "Red flags only.") Urgency urgency,
        @Schema(description = "Prerequisites only; false when absent.") Boolean conservativeCareGate,
        @Schema(description = "The policy profiles the rule applies to; absent or empty for every profile.")
        @Size(max = 10) @NoDuplicates List<@NotNull PolicyProfile> profiles,
        @Schema(description = "CLINICAL (default) or COVERAGE: whether an exclusion the rule makes is about the "
                + "patient or the governing policy's coverage.") ReasonKind reasonKind) {

    public static final String VERSION_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$";
    public static final String RULE_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$";
}
