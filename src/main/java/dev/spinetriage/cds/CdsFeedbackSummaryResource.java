package dev.spinetriage.cds;

import dev.spinetriage.cds.dto.FeedbackSummary;
import dev.spinetriage.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/feedback/summary")
@Tag(name = CdsHooksResource.TAG, description = CdsHooksResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RULES_ADMIN)
@SecurityRequirement(name = "apiKey")
public class CdsFeedbackSummaryResource {

    private final CdsFeedbackSummaryService summaries;

    CdsFeedbackSummaryResource(CdsFeedbackSummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @Operation(summary = "How clinicians answered the CDS cards",
            description = "Per candidate therapy and red flag, and per rule behind the cards: cards sent, accepted, "
                    + "overridden, the rates and the override reasons. A card counts once, by its latest outcome.")
    public FeedbackSummary summary() {
        return summaries.summary();
    }
}
