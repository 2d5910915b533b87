package dev.spinetriage.ruleset;

import dev.spinetriage.platform.security.Roles;
import dev.spinetriage.ruleset.dto.RulesetDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rulesets")
@Tag(name = "Rulesets", description = "The clinical rules, read-only.")
@RolesAllowed({Roles.TRIAGE, Roles.RULES_ADMIN})
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class RulesetResource {

    private final RulesetQueries queries;

    RulesetResource(RulesetQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/active")
    @Operation(summary = "The active ruleset: its version and every rule, with conditions and citations")
    public RulesetDto active() {
        return queries.active();
    }
}
