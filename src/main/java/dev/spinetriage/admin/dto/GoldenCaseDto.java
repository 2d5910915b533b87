package dev.spinetriage.admin.dto;

import dev.spinetriage.platform.validation.PlainText;
import dev.spinetriage.rules.Disposition;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.triage.dto.TriageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GoldenCase", description = "A stored triage request and the outcome every published ruleset must "
        + "give it. Publishing runs all of them against the draft.")
public record GoldenCaseDto(
        @Schema(description = "Required on POST; on PUT it must equal the id in the path when given.",
                example = "ex-13-lumbar-radicular-severe") @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
        String id,
        @Size(max = 500) @PlainText(multiline = true) String description,
        @NotNull @Valid TriageRequest request,
        @NotNull @Valid Expected expected) {

    @Schema(name = "GoldenExpectation")
    public record Expected(
            @Schema(description = "When given, the disposition must equal it.") Disposition disposition,
            @Schema(description = "Therapies that must be candidates.") @Size(max = 10) List<@NotNull Therapy> mustInclude,
            @Schema(description = "Therapies that must not be candidates.") @Size(max = 10)
            List<@NotNull Therapy> mustExclude,
            @Schema(description = "Therapy -> code that must appear among its cautions.") @Size(max = 10)
            Map<Therapy, @NotNull @Size(max = 200) String> mustCaution,
            @Schema(description = "Therapies that must be deferred (a prerequisite unmet).") @Size(max = 10)
            List<@NotNull Therapy> mustDefer,
            @Schema(description = "Therapy -> code that must be among the reasons it is excluded.") @Size(max = 10)
            Map<Therapy, @NotNull @Size(max = 200) String> mustExcludeWith,
            @Schema(description = "Codes of red flags that must fire.") @Size(max = 10)
            List<@NotNull @Size(max = 200) String> mustRedFlag,
            @Schema(description = "Request fields that must be asked as follow-up questions.") @Size(max = 10)
            List<@NotNull @Size(max = 200) String> mustAsk) {}
}
