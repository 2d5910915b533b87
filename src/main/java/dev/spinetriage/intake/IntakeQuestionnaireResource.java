package dev.spinetriage.intake;

import dev.spinetriage.platform.fhir.FhirR4;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The intake questionnaire as a FHIR R4 resource, for FHIR (SDC) form renderers. */
@Path("/fhir/Questionnaire")
@Tag(name = "FHIR", description = "The intake questions as a FHIR R4 Questionnaire; a completed QuestionnaireResponse "
        + "to it can be triaged (POST /api/v1/triage, application/fhir+json).")
@PermitAll
public class IntakeQuestionnaireResource {

    /** Revalidated hourly: it changes only with a deploy, and a 304 costs next to nothing. */
    static final String CACHE_CONTROL = "public, max-age=3600";

    private final IntakeQuestionnaireService service;

    IntakeQuestionnaireResource(IntakeQuestionnaireService service) {
        this.service = service;
    }

    @GET
    @Path(IntakeQuestionnaire.ID)
    @Produces({FhirR4.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The intake questionnaire (FHIR R4)", description = "Generated from the input catalogue: one "
            + "item per TriageRequest field, its linkId the field's JSON path, with its type, repeats, required, "
            + "answerOptions (codes of https://spinetriage.dev/fhir/CodeSystem/vocabulary with the vocabulary's "
            + "labels), minValue/maxValue extensions for numbers, repeating groups for priorInjections and "
            + "priorSpineSurgery, and enableWhen so a form asks only what matters. Its version changes whenever the "
            + "questions do. Public: it holds no patient data (an Authorization header, if sent, must be a valid "
            + "key). Send If-None-Match with the ETag to get 304 when it has not changed.")
    @APIResponse(responseCode = "200", description = "The Questionnaire resource.",
            headers = {
                @Header(name = HttpHeaders.ETAG, description = "Strong ETag: the questionnaire's version, quoted.",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL,
                        schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = FhirR4.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                    description = "A FHIR R4 Questionnaire (https://hl7.org/fhir/R4/questionnaire.html).")))
    @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag: not modified.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public Response questionnaire(@Context Request request) {
        IntakeQuestionnaireService.Served served = service.questionnaire();
        EntityTag tag = new EntityTag(served.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(served.json());
        return response.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }
}
