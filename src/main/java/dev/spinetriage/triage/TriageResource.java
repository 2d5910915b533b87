package dev.spinetriage.triage;

import dev.spinetriage.platform.security.Caller;
import dev.spinetriage.platform.security.Roles;
import dev.spinetriage.triage.dto.ReplayResponse;
import dev.spinetriage.triage.dto.TriageRequest;
import dev.spinetriage.triage.dto.TriageResponse;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/triage")
@Tag(name = "Triage", description = "Triage a patient against the active ruleset.")
@RolesAllowed({Roles.TRIAGE, Roles.RULES_ADMIN})
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {

    private final TriageService service;
    private final SecurityIdentity identity;

    TriageResource(TriageService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Triage a patient",
            description = "Evaluates what the patient reports against the active ruleset and returns ranked "
                    + "candidate injection therapies, deferred pathways, exclusions and red flags. The result is "
                    + "stored before it is returned. Decision support for a specialist, never a diagnosis.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TriageRequest.class), examples = {
                @ExampleObject(name = "lumbar-radicular", summary = "Sciatica after 8 weeks, 6 weeks of physio",
                        value = TriageExamples.LUMBAR_RADICULAR),
                @ExampleObject(name = "cauda-equina", summary = "Red flags: saddle anaesthesia, bladder dysfunction",
                        value = TriageExamples.CAUDA_EQUINA)}))
    @APIResponse(responseCode = "201", description = "Triaged and recorded; Location names the stored result.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TriageResponse.class)))
    @APIResponse(responseCode = "400", ref = "ValidationProblem")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response triage(@Valid @NotNull TriageRequest request) {
        TriageResponse response = service.triage(request, Caller.of(identity));
        return Response.created(URI.create("/api/v1/triage/" + response.triageId())).entity(response).build();
    }

    @POST
    @Path("/{triageId}/replay")
    @RolesAllowed(Roles.RULES_ADMIN)
    @Operation(summary = "Re-run a stored triage on another ruleset (what-if)",
            description = "Evaluates the stored request against the given ruleset (a draft too) and returns the "
                    + "original answer, the replayed one and what changed. Nothing is stored. rules-admin only.")
    @APIResponse(responseCode = "200", description = "Both answers and the changes.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplayResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReplayResponse replay(@PathParam("triageId") UUID triageId,
            @QueryParam("ruleset") @NotBlank String rulesetVersion) {
        return service.replay(triageId, rulesetVersion)
                .orElseThrow(() -> new NotFoundException("No triage with id " + triageId));
    }

    @GET
    @Path("/{triageId}")
    @Operation(summary = "Read a stored triage", description = "Returns the triage result exactly as it was sent. "
            + "Only the client (API key) that made the triage can read it, or a rules-admin; for any other client "
            + "it does not exist (404).")
    @APIResponse(responseCode = "200", description = "The stored result.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TriageResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TriageResponse find(@PathParam("triageId") UUID triageId) {
        return service.find(triageId, Caller.of(identity))
                .orElseThrow(() -> new NotFoundException("No triage with id " + triageId));
    }
}
