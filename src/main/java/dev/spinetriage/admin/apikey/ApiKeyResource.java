package dev.spinetriage.admin.apikey;

import dev.spinetriage.admin.apikey.dto.ApiKeyDto;
import dev.spinetriage.admin.apikey.dto.CreatedApiKeyDto;
import dev.spinetriage.admin.apikey.dto.DefaultPolicyProfileRequest;
import dev.spinetriage.admin.apikey.dto.NewApiKeyRequest;
import dev.spinetriage.platform.security.Caller;
import dev.spinetriage.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import dev.spinetriage.platform.http.Created;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/api-keys")
@Tag(name = "API keys", description = "Who may call the API, and as what. rules-admin only.")
@RolesAllowed(Roles.RULES_ADMIN)
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    private final ApiKeyService service;
    private final SecurityIdentity identity;

    ApiKeyResource(ApiKeyService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API key",
            description = "The answer is the only time the key is shown: only its hash is stored.")
    @APIResponse(responseCode = "201", description = "Created; Location names the key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreatedApiKeyDto.class)))
    @APIResponse(responseCode = "400", ref = "ValidationProblem")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Valid @NotNull NewApiKeyRequest request) {
        CreatedApiKeyDto created = service.create(request, Caller.of(identity));
        return Created.at("/api/v1/admin/api-keys/" + created.id()).entity(created).build();
    }

    @GET
    @Operation(summary = "Every API key, revoked ones included", description = "Never a key's secret or hash.")
    public List<ApiKeyDto> list() {
        return service.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One API key", description = "Never its secret or hash.")
    @APIResponse(responseCode = "200", description = "The key.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ApiKeyDto find(@PathParam("id") UUID id) {
        return service.find(id).orElseThrow(() -> new NotFoundException("No API key with id " + id));
    }

    @PUT
    @Path("/{id}/default-policy-profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the policy profile a key's triages default to",
            description = "US_CMS or UK_NICE, or null to fall back on the service's default "
                    + "(spinetriage.default-policy-profile). Applies to the key's next triage that names no "
                    + "policyProfile: at once on this instance, within a second on others. Audited.")
    @APIResponse(responseCode = "200", description = "The key, changed.")
    @APIResponse(responseCode = "400", ref = "ValidationProblem")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ApiKeyDto changeDefaultPolicyProfile(@PathParam("id") UUID id,
            @Valid @NotNull DefaultPolicyProfileRequest request) {
        return service.changeDefaultPolicyProfile(id, request.defaultPolicyProfile(), Caller.of(identity))
                .orElseThrow(() -> new NotFoundException("No API key with id " + id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key",
            description = "From now on the key is refused (at once on this instance, within a second on others). "
                    + "It stays listed, with revokedAt. Revoking a revoked key changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void revoke(@PathParam("id") UUID id) {
        if (!service.revoke(id, Caller.of(identity))) {
            throw new NotFoundException("No API key with id " + id);
        }
    }
}
