package dev.spinetriage.admin;

import dev.spinetriage.admin.dto.GoldenCaseDto;
import dev.spinetriage.platform.http.ETags;
import dev.spinetriage.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import dev.spinetriage.platform.http.Created;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/golden-cases")
@Tag(name = "Golden cases", description = "Stored requests with their expected outcome; every publish runs them all.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RULES_ADMIN)
@SecurityRequirement(name = "apiKey")
public class GoldenCaseResource {

    private final GoldenCaseService service;
    private final SecurityIdentity identity;

    GoldenCaseResource(GoldenCaseService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Every golden case")
    public List<GoldenCaseDto> list() {
        return service.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a golden case")
    @APIResponse(responseCode = "201", description = "Added.", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = GoldenCaseDto.class)))
    @APIResponse(responseCode = "400", ref = "ValidationProblem")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GoldenCaseDto.class),
            examples = @ExampleObject(name = "severe-sciatica", value = AdminExamples.GOLDEN_CASE)))
    public Response create(@Valid @NotNull GoldenCaseDto goldenCase) {
        var created = service.create(goldenCase, Actors.of(identity));
        return Created.at("/api/v1/admin/golden-cases/" + goldenCase.id())
                .tag(RulesetAdminResource.unquoted(created.etag())).entity(created.value()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One golden case, with its ETag")
    @APIResponse(responseCode = "200", description = "The golden case.", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = GoldenCaseDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") String id) {
        var goldenCase = service.get(id);
        return Response.ok(goldenCase.value()).tag(RulesetAdminResource.unquoted(goldenCase.etag())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @Operation(summary = "Replace a golden case (If-Match required)")
    @APIResponse(responseCode = "200", description = "Replaced.", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = GoldenCaseDto.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GoldenCaseDto.class),
            examples = @ExampleObject(name = "severe-sciatica", value = AdminExamples.GOLDEN_CASE)))
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull GoldenCaseDto goldenCase) {
        var updated = service.update(id, goldenCase, ETags.required(ifMatch), Actors.of(identity));
        return Response.ok(updated.value()).tag(RulesetAdminResource.unquoted(updated.etag())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a golden case (If-Match required)")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ETags.required(ifMatch), Actors.of(identity));
        return Response.noContent().build();
    }
}
