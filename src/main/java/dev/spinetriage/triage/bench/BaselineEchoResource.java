package dev.spinetriage.triage.bench;

import dev.spinetriage.platform.security.Roles;
import dev.spinetriage.triage.dto.TriageRequest;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.common.annotation.NonBlocking;
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
 * The benchmark's baselines: bind and validate a triage request exactly as POST /api/v1/triage does, then echo it
 * without evaluating or storing anything; one on a worker thread (the stack's default for a JSON endpoint, the
 * reference of the targets), one on the event loop, where a triage without an Idempotency-Key now runs. bench/run.sh
 * divides the triage's figures by theirs, measured in the same run, so a noisy shared machine cancels out. Only in a
 * build made with {@code -Dquarkus.profile=bench}: the production jar has no such endpoints, and they never appear
 * in the OpenAPI document. It lives with the feature whose request it binds, so the platform depends on no feature,
 * and nothing depends on it (ArchitectureTest).
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

    /** The same echo on the event loop: the framework's own limit for this request. */
    @POST
    @Path("/event-loop")
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public TriageRequest echoOnEventLoop(@Valid @NotNull TriageRequest request) {
        return request;
    }
}
