package dev.spinetriage.cds.dto;

import dev.spinetriage.platform.validation.PlainText;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** CDS Hooks 2.0 feedback: what the clinician did with cards this service returned. */
@Schema(name = "CdsFeedbackRequest")
public record FeedbackRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid Feedback> feedback) {

    @Schema(name = "CdsFeedback")
    public record Feedback(
            @Schema(description = "The card's uuid.", required = true) @NotNull UUID card,
            @Schema(required = true) @NotNull Outcome outcome,
            @Schema(required = true) @NotNull OffsetDateTime outcomeTimestamp,
            @Schema(description = "Only with outcome overridden.") @Valid OverrideReason overrideReason,
            @Size(max = 50) List<@NotNull @Valid AcceptedSuggestion> acceptedSuggestions) {}

    @Schema(name = "CdsFeedbackOutcome")
    public enum Outcome {
        @JsonProperty("accepted") ACCEPTED,
        @JsonProperty("overridden") OVERRIDDEN
    }

    @Schema(name = "CdsOverrideReason")
    public record OverrideReason(@Schema(description = "One of the card's overrideReasons.") @Valid Coding reason,
            @Size(max = 1000) @PlainText(multiline = true) String userComment) {}

    @Schema(name = "CdsAcceptedSuggestion")
    public record AcceptedSuggestion(@NotBlank @Size(max = 100) String id) {}
}
