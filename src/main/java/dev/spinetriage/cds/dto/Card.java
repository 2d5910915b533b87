package dev.spinetriage.cds.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A CDS Hooks 2.0 card. No {@code suggestions} (and so no {@code selectionBehavior}): a triage never proposes an
 * order, only decision support for a specialist.
 */
@Schema(name = "CdsCard")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Card(
        @Schema(description = "Names the card in feedback.") String uuid,
        @Schema(description = "At most 140 characters.", maxLength = 140) String summary,
        @Schema(description = "GitHub-flavoured Markdown: rationale, cautions, citations.") String detail,
        @Schema(enumeration = {"info", "warning", "critical"}) String indicator,
        Source source,
        @Schema(description = "Reasons a clinician may pick when dismissing the card.") List<Coding> overrideReasons,
        List<Link> links) {

    @Schema(name = "CdsCardSource")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String label, @Schema(description = "The ruleset version that produced the card.")
            String url, Coding topic) {}

    @Schema(name = "CdsLink")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Link(String label, String url, @Schema(enumeration = {"absolute", "smart"}) String type,
            String appContext) {}
}
