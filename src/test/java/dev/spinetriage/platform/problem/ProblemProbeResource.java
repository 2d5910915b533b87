package dev.spinetriage.platform.problem;

import dev.spinetriage.platform.security.Roles;
import dev.spinetriage.rules.code.Sex;
import dev.spinetriage.rules.code.Symptom;
import dev.spinetriage.rules.code.Therapy;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A test-only endpoint shaped like the real intake (nested record, code list, bounded int, a query parameter) so
 * every kind of client error can be provoked before the real resources exist. Hidden so it never leaks into the
 * OpenAPI document. Open to anyone, except the one endpoint that shows how a wrong role is refused inside JAX-RS.
 */
@Path("/test-probe")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    public record Patient(@NotNull @Min(0) @Max(130) Integer ageYears, @NotNull Sex sex, Boolean pregnant) {
    }

    public record PriorInjection(@NotNull Therapy therapy, @Min(0) int monthsAgo) {
    }

    public record ProbeRequest(
            @NotNull @Valid Patient patient,
            @NotEmpty List<@NotNull Symptom> symptoms,
            @Min(0) @Max(10) int painScore,
            List<@Valid PriorInjection> priorInjections) {
    }

    @POST
    @Operation(hidden = true)
    public ProbeRequest echo(@Valid @NotNull ProbeRequest request) {
        return request;
    }

    @GET
    @Operation(hidden = true)
    public Map<String, Integer> ping(@QueryParam("limit") @DefaultValue("10") @Min(1) int limit) {
        return Map.of("limit", limit);
    }

    @GET
    @Path("/things/{id}")
    @Operation(hidden = true)
    public String thing(@PathParam("id") String id) {
        throw new NotFoundException("No thing with id " + id);
    }

    @GET
    @Path("/admin-only")
    @RolesAllowed(Roles.RULES_ADMIN)
    @Operation(hidden = true)
    public String adminOnly() {
        return "admin";
    }

    @GET
    @Path("/boom")
    @Operation(hidden = true)
    public String boom() {
        throw new IllegalStateException("probe secret: connection pool exhausted");
    }
}
