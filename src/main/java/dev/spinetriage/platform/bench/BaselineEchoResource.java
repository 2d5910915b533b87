package dev.spinetriage.platform.bench;

import dev.spinetriage.platform.security.Roles;
import dev.spinetriage.triage.dto.TriageRequest;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The benchmark's baseline: binds and validates a triage request exactly as POST /api/v1/triage does, on the same
 * worker thread, then echoes it without evaluating or storing anything. bench/run.sh divides the triage's figures by
 * this one's, measured in the same run, so a noisy shared machine cancels out. Only in a build made with
 * {@code -Dquarkus.profile=bench}: the production jar has no such endpoint, and it never appears in the OpenAPI document.
 */
@IfBuildProfile("bench")
@Path("/bench/echo")
// Authenticated like triage, so the ratio measures what triage adds (evaluation, recording), not the API-key check.
@RolesAllowed({Roles.TRIAGE, Roles.RULES_ADMIN})
public class BaselineEchoResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public TriageRequest echo(@Valid @NotNull TriageRequest request) {
        return request;
    }
}
