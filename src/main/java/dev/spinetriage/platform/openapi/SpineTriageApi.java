package dev.spinetriage.platform.openapi;

import dev.spinetriage.platform.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The OpenAPI document's header and the error responses every operation shares. The served document must equal the
 * committed openapi/openapi.yaml (see OpenApiDriftTest).
 */
@OpenAPIDefinition(
        info = @Info(title = "Spine Triage API", version = "1.0.0",
                description = "Back-pain injection-therapy triage. A clinic's intake app sends what a patient "
                        + "reports and gets back ranked candidate injection therapies for a pain specialist to "
                        + "review, each with its reasons, evidence and unmet prerequisites, plus any red flag that "
                        + "needs urgent care instead. DECISION SUPPORT FOR A SPECIALIST, NEVER A DIAGNOSIS. "
                        + "Every error is RFC 9457 application/problem+json.",
                license = @License(name = "Apache-2.0")),
        components = @Components(
                schemas = @Schema(name = "Problem", implementation = Problem.class),
                responses = {
                    @APIResponse(name = "ValidationProblem", description = "The request is malformed, has unknown "
                            + "fields or codes, or a value out of range; errors lists each field.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "NotFound", description = "No such resource.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "PayloadTooLarge", description = "The request body exceeds 64 KiB.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "UnsupportedMediaType", description = "The body is not application/json.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "Conflict", description = "Conflicts with the current state, e.g. editing a "
                            + "published ruleset or creating an id that exists.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "PreconditionFailed", description = "If-Match names an ETag that is no "
                            + "longer current: someone else changed the resource first.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "PreconditionRequired", description = "If-Match is missing.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "PublishRefused", description = "Validation problems or failing golden "
                            + "cases; errors lists each (field rules/<ruleId>/<field> or goldenCases/<caseId>).",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
                }))
public class SpineTriageApi extends Application {}
