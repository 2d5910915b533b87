package dev.spinetriage.cds.dto;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How clinicians answered the cards: per therapy / red flag, and per rule behind the cards. */
@Schema(name = "CdsFeedbackSummary")
public record FeedbackSummary(List<Row> bySubject, List<Row> byRule) {

    @Schema(name = "CdsFeedbackSummaryRow")
    public record Row(
            @Schema(description = "CANDIDATE (a therapy), RED_FLAG, or RULE.") String kind,
            @Schema(description = "The therapy, red flag or rule id.") String code,
            @Schema(description = "Cards sent.") long cards,
            long accepted,
            long overridden,
            @Schema(description = "accepted / (accepted + overridden); null without feedback.") Double acceptanceRate,
            @Schema(description = "overridden / (accepted + overridden); null without feedback.") Double overrideRate,
            @Schema(description = "Override reason code -> how often.") Map<String, Long> overrideReasons) {}
}
