package dev.spinetriage.triage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spinetriage.intake.QuestionnaireResponseService;
import dev.spinetriage.platform.fhir.FhirR4;
import dev.spinetriage.platform.security.Caller;
import dev.spinetriage.platform.security.Roles;
import dev.spinetriage.triage.dto.ReplayResponse;
import dev.spinetriage.triage.dto.TriageRequest;
import dev.spinetriage.triage.dto.TriageResponse;
import dev.spinetriage.triage.idempotency.IdempotencyKey;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import dev.spinetriage.platform.http.Created;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/triage")
@Tag(name = "Triage", description = "Triage a patient against the active ruleset.")
@RolesAllowed({Roles.TRIAGE, Roles.RULES_ADMIN})
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {

    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private final TriageService service;
    private final QuestionnaireResponseService questionnaireResponses;
    private final SecurityIdentity identity;

    TriageResource(TriageService service, QuestionnaireResponseService questionnaireResponses,
            SecurityIdentity identity) {
        this.service = service;
        this.questionnaireResponses = questionnaireResponses;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Triage a patient",
            description = "Evaluates what the patient reports against the active ruleset and returns ranked "
                    + "candidate injection therapies, deferred pathways, exclusions and red flags. The result is "
                    + "stored before it is returned. Decision support for a specialist, never a diagnosis.")
    @RequestBody(required = true, description = "A TriageRequest (application/json), or a completed FHIR R4 "
            + "QuestionnaireResponse to GET /fhir/Questionnaire/back-pain-intake (application/fhir+json): each item's "
            + "linkId names the request field it answers, and the answers are read, bound and validated exactly as "
            + "that JSON request would be. Unknown linkIds or codes, answers of the wrong type and numbers out of "
            + "range are a 400 naming the item (field item[<linkId>]). The answer is the same TriageResponse.",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = TriageRequest.class), examples = {
                            @ExampleObject(name = "lumbar-radicular",
                                    summary = "Sciatica after 8 weeks, 6 weeks of physio",
                                    value = TriageExamples.LUMBAR_RADICULAR),
                            @ExampleObject(name = "cauda-equina",
                                    summary = "Red flags: saddle anaesthesia, bladder dysfunction",
                                    value = TriageExamples.CAUDA_EQUINA)}),
                @Content(mediaType = FhirR4.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                        description = "A FHIR R4 QuestionnaireResponse (https://hl7.org/fhir/R4/"
                                + "questionnaireresponse.html), status completed or amended."), examples =
                        @ExampleObject(name = "questionnaire-response",
                                summary = "Sciatica after 8 weeks, as answers to the intake questionnaire",
                                value = TriageExamples.QUESTIONNAIRE_RESPONSE))})
    @APIResponse(responseCode = "201", description = "Triaged and recorded; Location names the stored result. "
            + "A retry with the same Idempotency-Key and request gets the same answer again (same status, Location "
            + "and body), with Idempotent-Replayed: true.",
            headers = {
                @Header(name = "Location", description = "The stored result.",
                        schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                @Header(name = IDEMPOTENT_REPLAYED, description = "'true' when this is the stored answer to an "
                        + "earlier request with the same Idempotency-Key; absent otherwise.",
                        schema = @Schema(type = SchemaType.STRING, enumeration = "true"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TriageResponse.class)))
    @APIResponse(responseCode = "400", ref = "ValidationProblem")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @Parameter(name = IdempotencyKey.HEADER, in = ParameterIn.HEADER, description = "Optional. Makes a retry "
            + "safe: the same key with the same request (compared as parsed, so whitespace and member order "
            + "do not matter) within 24 hours returns the first answer and stores nothing new; the same key "
            + "with another request is refused (422). Keys are per API key; after 24 hours a key may be used "
            + "afresh. A new UUID per patient submission is a good key.",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255,
                    pattern = "^[\\x21-\\x7E]{1,255}$"))
    @NonBlocking
    public Uni<Response> triage(@Valid @NotNull TriageRequest request, @Context HttpHeaders headers) {
        // Read from the headers rather than bound with @HeaderParam, which takes an empty value for a missing header
        // and the first of two values for the only one: both must be refused, not ignored.
        IdempotencyKey key = IdempotencyKey.ofHeader(headers.getRequestHeader(IdempotencyKey.HEADER));
        Caller caller = Caller.of(identity);
        io.vertx.core.Context requestContext = Vertx.currentContext();
        Uni<TriageService.Triaged> triaged;
        if (key == null) {
            // The common case stays on the event loop: parsing, validating and evaluating are pure CPU, and a hop to
            // a worker thread cost more than the evaluation itself (bench/HISTORY.md). Only the insert waits, on the
            // store's thread.
            triaged = Uni.createFrom().completionStage(service.triage(request, caller, null));
        } else {
            // Looking up the key's stored answer is a query: JDBC blocks, so this triage starts on a worker thread.
            triaged = Uni.createFrom().completionStage(() -> service.triage(request, caller, key))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        // Either way the answer is written back on this request's event loop once it is committed.
        return triaged.emitOn(answer -> requestContext.runOnContext(ignored -> answer.run()))
                .map(TriageResource::created);
    }

    /**
     * The same triage, for a completed QuestionnaireResponse to our intake questionnaire. Documented with
     * {@link #triage}: one operation, two request media types. Parsing FHIR and binding the answers is heavier than
     * a JSON body and may build the FHIR model on first use, so this runs on a worker thread, with or without a key.
     */
    @POST
    @Consumes(FhirR4.MEDIA_TYPE)
    @Operation(hidden = true)
    public Uni<Response> triageQuestionnaireResponse(JsonNode body, @Context HttpHeaders headers) {
        IdempotencyKey key = IdempotencyKey.ofHeader(headers.getRequestHeader(IdempotencyKey.HEADER));
        Caller caller = Caller.of(identity);
        return Uni.createFrom().completionStage(() -> service.triage(questionnaireResponses.toTriageRequest(body),
                caller, key)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).map(TriageResource::created);
    }

    private static Response created(TriageService.Triaged triaged) {
        Response.ResponseBuilder created = Created.at("/api/v1/triage/"
                + triaged.response().triageId()).entity(triaged.json()).type(MediaType.APPLICATION_JSON_TYPE);
        return triaged.replayed() ? created.header(IDEMPOTENT_REPLAYED, "true").build() : created.build();
    }

    @POST
    @Path("/{triageId}/replay")
    @RolesAllowed(Roles.RULES_ADMIN)
    @Operation(summary = "Re-run a stored triage on another ruleset (what-if)",
            description = "Evaluates the stored request against the given ruleset (a draft too) and returns the "
                    + "original answer, the replayed one and what changed. Nothing is stored. rules-admin only.")
    @APIResponse(responseCode = "200", description = "Both answers and the changes.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplayResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReplayResponse replay(@PathParam("triageId") UUID triageId,
            @QueryParam("ruleset") @NotBlank String rulesetVersion) {
        return service.replay(triageId, rulesetVersion, Caller.of(identity))
                .orElseThrow(() -> new NotFoundException("No triage with id " + triageId));
    }

    @GET
    @Path("/{triageId}")
    @Operation(summary = "Read a stored triage", description = "Returns the triage result exactly as it was sent. "
            + "Only the client (API key) that made the triage can read it, or a rules-admin; for any other client "
            + "it does not exist (404).")
    @APIResponse(responseCode = "200", description = "The stored result.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TriageResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TriageResponse find(@PathParam("triageId") UUID triageId) {
        return service.find(triageId, Caller.of(identity))
                .orElseThrow(() -> new NotFoundException("No triage with id " + triageId));
    }
}
