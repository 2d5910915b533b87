package dev.spinetriage.vocabulary;

import dev.spinetriage.platform.security.Roles;
import dev.spinetriage.vocabulary.dto.TherapyDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/therapies")
@Tag(name = "Therapies", description = "The therapy catalogue.")
@RolesAllowed({Roles.TRIAGE, Roles.RULES_ADMIN})
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class TherapyResource {

    private final VocabularyService service;

    TherapyResource(VocabularyService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Every therapy the triage can suggest")
    public List<TherapyDto> therapies() {
        return service.therapies();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One therapy: what it is, how it is given, diagnostic or therapeutic, typical relief, "
            + "evidence")
    @APIResponse(responseCode = "200", description = "The therapy.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TherapyDto therapy(@PathParam("code") String code) {
        return service.therapy(code).orElseThrow(() -> new NotFoundException("No therapy with code '" + code
                + "'; see GET /api/v1/therapies"));
    }
}
