package dev.spinetriage.cds;

import dev.spinetriage.cds.auth.CdsClient;
import dev.spinetriage.cds.dto.CdsDiscovery;
import dev.spinetriage.cds.dto.CdsServiceRequest;
import dev.spinetriage.cds.dto.CdsServiceResponse;
import dev.spinetriage.cds.dto.FeedbackRequest;
import dev.spinetriage.platform.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HL7 CDS Hooks 2.0: discovery, the triage service and its feedback endpoint. */
@Path("/cds-services")
@Tag(name = CdsHooksResource.TAG, description = CdsHooksResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class CdsHooksResource {

    static final String TAG = "CDS Hooks";
    static final String TAG_DESCRIPTION = "The triage as an HL7 CDS Hooks 2.0 service, for EHRs. Service and "
            + "feedback calls authenticate with the CDS client's signed JWT (not an API key); discovery is public.";

    private final CdsServiceCatalog catalog;
    private final CdsHooksService service;
    private final CdsFeedbackService feedback;
    private final SecurityIdentity identity;

    CdsHooksResource(CdsServiceCatalog catalog, CdsHooksService service, CdsFeedbackService feedback,
            SecurityIdentity identity) {
        this.catalog = catalog;
        this.service = service;
        this.feedback = feedback;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "CDS Hooks discovery",
            description = "The services offered, with their hook and prefetch templates. Public: it holds no patient "
                    + "data, and an EHR reads it before registering the service. An Authorization header is ignored.")
    @APIResponse(responseCode = "200", description = "The discovery document.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CdsDiscovery.class)))
    public CdsDiscovery discovery() {
        return catalog.discovery();
    }

    @POST
    @Path("/{id}")
    @RolesAllowed(CdsClient.ROLE)
    @SecurityRequirement(name = "cdsJwt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Call the triage service (patient-view)",
            description = "Maps the prefetched FHIR R4 data to a triage request (see the README, 'CDS Hooks'), "
                    + "triages it with the active ruleset, records it, and answers with cards: one per red flag "
                    + "(critical unless advisory), one per candidate therapy (warning when it has cautions), one for "
                    + "deferred and excluded therapies, one for follow-up questions, one listing FHIR data not used. "
                    + "When the data lacks age, symptoms or pain locations, a single info card says what is missing "
                    + "and nothing is recorded.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CdsServiceRequest.class)))
    @APIResponse(responseCode = "200", description = "The cards.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CdsServiceResponse.class)))
    @APIResponse(responseCode = "400", ref = "ValidationProblem")
    @APIResponse(responseCode = "401", ref = "CdsUnauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", description = "No Patient was prefetched; the service never queries "
            + "fhirServer itself.", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public CdsServiceResponse call(@PathParam("id") String id, @Valid @NotNull CdsServiceRequest request) {
        requireService(id);
        return service.call(id, request, CdsClient.of(identity));
    }

    @POST
    @Path("/{id}/feedback")
    @RolesAllowed(CdsClient.ROLE)
    @SecurityRequirement(name = "cdsJwt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report what the clinician did with cards",
            description = "Records accepted or overridden outcomes (with the override reason) against the stored "
                    + "triage. All entries are recorded or none; a repeated report is stored once.")
    @APIResponse(responseCode = "200", description = "Recorded.")
    @APIResponse(responseCode = "400", ref = "ValidationProblem")
    @APIResponse(responseCode = "401", ref = "CdsUnauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response feedback(@PathParam("id") String id, @Valid @NotNull FeedbackRequest request) {
        requireService(id);
        feedback.record(request, CdsClient.of(identity));
        return Response.ok().build();
    }

    private void requireService(String id) {
        if (!catalog.offers(id)) {
            throw new NotFoundException("No CDS service '" + (id.length() > 40 ? id.substring(0, 40) : id) + "'.");
        }
    }
}
