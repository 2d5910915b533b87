package dev.spinetriage.info;

import dev.spinetriage.info.dto.InfoResponse;
import dev.spinetriage.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/info")
@Tag(name = "Info", description = "Versions of the API, the build and the active ruleset.")
@RolesAllowed({Roles.TRIAGE, Roles.RULES_ADMIN})
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class InfoResource {

    private final InfoService service;

    InfoResource(InfoService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "API version, build version, active ruleset and when it was published")
    public InfoResponse info() {
        return service.info();
    }
}
