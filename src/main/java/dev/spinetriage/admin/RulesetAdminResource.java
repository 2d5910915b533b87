package dev.spinetriage.admin;

import dev.spinetriage.admin.dto.CreateRulesetRequest;
import dev.spinetriage.admin.dto.RuleInput;
import dev.spinetriage.admin.dto.RulesetDiff;
import dev.spinetriage.admin.dto.ValidationReport;
import dev.spinetriage.platform.http.ETags;
import dev.spinetriage.ruleset.dto.RulesetDto;
import dev.spinetriage.ruleset.dto.RulesetDto.RuleDto;
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

@Path("/api/v1/admin/rulesets")
@Tag(name = "Rule administration", description = "Versioned rulesets: drafts, rule edits under If-Match, "
        + "validation, publishing gated by golden cases, rollback, diff.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RULES_ADMIN)
@SecurityRequirement(name = "apiKey")
public class RulesetAdminResource {

    private final RulesetAdminService service;
    private final RulesetPublisher publisher;
    private final RulesetDiffer differ;
    private final SecurityIdentity identity;

    RulesetAdminResource(RulesetAdminService service, RulesetPublisher publisher, RulesetDiffer differ,
            SecurityIdentity identity) {
        this.service = service;
        this.publisher = publisher;
        this.differ = differ;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Every ruleset, oldest first (without rules)")
    public List<RulesetDto> list() {
        return service.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft ruleset, empty or as a copy of another version")
    @APIResponse(responseCode = "201", description = "Draft created.", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = RulesetDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateRulesetRequest.class),
            examples = @ExampleObject(name = "draft-copy", value = AdminExamples.CREATE_DRAFT)))
    public Response create(@Valid @NotNull CreateRulesetRequest request) {
        var created = service.createDraft(request, Actors.of(identity));
        return Created.at("/api/v1/admin/rulesets/" + request.version())
                .tag(unquoted(created.etag())).entity(created.value()).build();
    }

    @GET
    @Path("/{version}")
    @Operation(summary = "One ruleset with its rules")
    @APIResponse(responseCode = "200", description = "The ruleset.", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = RulesetDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("version") String version) {
        var ruleset = service.get(version);
        return Response.ok(ruleset.value()).tag(unquoted(ruleset.etag())).build();
    }

    @GET
    @Path("/{version}/rules")
    @Operation(summary = "The rules of a ruleset")
    public List<RuleDto> rules(@PathParam("version") String version) {
        return service.rules(version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{version}/rules")
    @Operation(summary = "Add a rule to a draft")
    @APIResponse(responseCode = "201", description = "Rule added.", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = RuleDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RuleInput.class),
            examples = @ExampleObject(name = "esi-six-weeks", value = AdminExamples.RULE)))
    public Response addRule(@PathParam("version") String version, @Valid @NotNull RuleInput rule) {
        var added = service.addRule(version, rule, Actors.of(identity));
        return Created.at("/api/v1/admin/rulesets/" + version + "/rules/" + rule.ruleId())
                .tag(unquoted(added.etag())).entity(added.value()).build();
    }

    @GET
    @Path("/{version}/rules/{ruleId}")
    @Operation(summary = "One rule, with its ETag")
    @APIResponse(responseCode = "200", description = "The rule.", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = RuleDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response rule(@PathParam("version") String version, @PathParam("ruleId") String ruleId) {
        var rule = service.rule(version, ruleId);
        return Response.ok(rule.value()).tag(unquoted(rule.etag())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{version}/rules/{ruleId}")
    @Operation(summary = "Replace a rule of a draft (If-Match required)")
    @APIResponse(responseCode = "200", description = "Rule replaced.", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = RuleDto.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RuleInput.class),
            examples = @ExampleObject(name = "esi-six-weeks", value = AdminExamples.RULE)))
    public Response updateRule(@PathParam("version") String version, @PathParam("ruleId") String ruleId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RuleInput rule) {
        var updated = service.updateRule(version, ruleId, rule, ETags.required(ifMatch), Actors.of(identity));
        return Response.ok(updated.value()).tag(unquoted(updated.etag())).build();
    }

    @DELETE
    @Path("/{version}/rules/{ruleId}")
    @Operation(summary = "Delete a rule of a draft (If-Match required)")
    @APIResponse(responseCode = "204", description = "Rule deleted.")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response deleteRule(@PathParam("version") String version, @PathParam("ruleId") String ruleId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteRule(version, ruleId, ETags.required(ifMatch), Actors.of(identity));
        return Response.noContent().build();
    }

    @POST
    @Path("/{version}/validate")
    @Operation(summary = "List every problem of a ruleset without changing anything")
    public ValidationReport validate(@PathParam("version") String version) {
        return service.validate(version);
    }

    @POST
    @Path("/{version}/publish")
    @Operation(summary = "Publish a draft and make it active",
            description = "Runs validation and every golden case against the draft first; any failure refuses the "
                    + "publish with 422 listing each problem and failing case. Success switches the active "
                    + "ruleset atomically on every instance.")
    @APIResponse(responseCode = "200", description = "Published and active.",
            content = @Content(schema = @Schema(implementation = RulesetDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "PublishRefused")
    public RulesetDto publish(@PathParam("version") String version) {
        return publisher.publish(version, Actors.of(identity));
    }

    @POST
    @Path("/{version}/activate")
    @Operation(summary = "Make an earlier published ruleset active again (rollback)")
    @APIResponse(responseCode = "200", description = "Active.",
            content = @Content(schema = @Schema(implementation = RulesetDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RulesetDto activate(@PathParam("version") String version) {
        return publisher.activate(version, Actors.of(identity));
    }

    @POST
    @Path("/{version}/retire")
    @Operation(summary = "Retire an inactive published ruleset: kept for the record and replays, never active again")
    @APIResponse(responseCode = "200", description = "Retired.",
            content = @Content(schema = @Schema(implementation = RulesetDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RulesetDto retire(@PathParam("version") String version) {
        return publisher.retire(version, Actors.of(identity));
    }

    @GET
    @Path("/{from}/diff/{to}")
    @Operation(summary = "Rules added, removed and changed from one ruleset to another")
    public RulesetDiff diff(@PathParam("from") String from, @PathParam("to") String to) {
        return differ.diff(from, to);
    }

    /** JAX-RS quotes the tag itself. */
    static String unquoted(String etag) {
        return etag.substring(1, etag.length() - 1);
    }
}
