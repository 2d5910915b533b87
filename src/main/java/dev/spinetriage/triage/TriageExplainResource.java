package dev.spinetriage.triage;

import dev.spinetriage.platform.security.Caller;
import dev.spinetriage.platform.security.Roles;
import dev.spinetriage.triage.dto.ExplainResponse;
import dev.spinetriage.triage.dto.TriageRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/triage/explain")
@Tag(name = "Triage")
@RolesAllowed({Roles.TRIAGE, Roles.RULES_ADMIN})
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class TriageExplainResource {

    private final TriageExplainService service;

    private final SecurityIdentity identity;

    TriageExplainResource(TriageExplainService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Explain a triage, with what-ifs",
            description = "Takes the same body as POST /api/v1/triage, validated the same way, and stores nothing. "
                    + "For each therapy of the active ruleset: its status (CANDIDATE, DEFERRED, EXCLUDED or "
                    + "NOT_INDICATED), the rules that support it and conflict with it with the inputs they test, the "
                    + "unreported inputs that matter, and each single changed answer (a code added or removed, a flag "
                    + "set, a number set to a boundary of the active rules' own ranges, a prior injection added or "
                    + "removed) that would move it to another status, found by triaging the changed request. "
                    + "Actionable changes come first (answering an unreported input, recording care or an injection); "
                    + "changes that add a red flag, contraindication, implanted device or pregnancy are listed only "
                    + "with includeHazards=true.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TriageRequest.class), examples = @ExampleObject(name = "early-sciatica",
                    summary = "Sciatica for 3 weeks: ESI deferred, 4 weeks would make it a candidate",
                    value = ExplainExamples.EARLY_SCIATICA)))
    @APIResponse(responseCode = "200", description = "The explanation (shortened here to one therapy).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExplainResponse.class),
                    examples = @ExampleObject(name = "early-sciatica", value = ExplainExamples.EARLY_SCIATICA_ESI)))
    @APIResponse(responseCode = "400", ref = "ValidationProblem")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ExplainResponse explain(@Valid @NotNull TriageRequest request,
            @Parameter(description = "Also list what-ifs that add a red flag, contraindication, implanted device or "
                    + "pregnancy (they can only exclude a therapy).") @QueryParam("includeHazards")
            @DefaultValue("false") boolean includeHazards) {
        return service.explain(request, Caller.of(identity), includeHazards);
    }
}
