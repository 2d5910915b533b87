package dev.spinetriage.platform.openapi;

import dev.spinetriage.platform.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The OpenAPI document's header and the error responses every operation shares. The served document must equal the
 * committed openapi/openapi.yaml (see OpenApiDriftTest).
 */
@OpenAPIDefinition(
        info = @Info(title = "Spine Triage API", version = SpineTriageApi.VERSION,
                description = "Back-pain injection-therapy triage. A clinic's intake app sends what a patient "
                        + "reports and gets back ranked candidate injection therapies for a pain specialist to "
                        + "review, each with its reasons, evidence and unmet prerequisites, plus any red flag that "
                        + "needs urgent care instead. DECISION SUPPORT FOR A SPECIALIST, NEVER A DIAGNOSIS. "
                        + "Every call needs an API key, sent as 'Authorization: Bearer <key>', except the CDS Hooks "
                        + "endpoints (/cds-services), which take the CDS client's signed JWT instead. "
                        + "Every error is RFC 9457 application/problem+json, quoting the response's X-Request-Id "
                        + "(the client's own when it is 1-64 characters of [A-Za-z0-9._-], else a new UUID). "
                        + "Limits: a request body of at most 64 KiB (413), arrays of at most 50 items, strings of "
                        + "at most 200 characters unless a field says otherwise (400). Each API key has a rate limit "
                        + "(429 with Retry-After beyond it). While the database is unreachable every call that needs "
                        + "it answers 503 with Retry-After; retry then.",
                license = @License(name = "Apache-2.0")),
        components = @Components(
                schemas = @Schema(name = "Problem", implementation = Problem.class),
                securitySchemes = {
                    @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP,
                        scheme = "bearer", description = "An API key (st_…) created by a rules-admin; the first "
                                + "rules-admin key is created at first start (see the README)."),
                    @SecurityScheme(securitySchemeName = "cdsJwt", type = SecuritySchemeType.HTTP,
                        scheme = "bearer", bearerFormat = "JWT", description = "CDS Hooks only: a JWT signed by the "
                                + "CDS client with an asymmetric key (RS*, PS*, ES*), from an issuer on the "
                                + "allow-list, with aud = the endpoint URL called, exp, iat and a jti never used "
                                + "before.")},
                responses = {
                    @APIResponse(name = "ValidationProblem", description = "The request is malformed, has unknown "
                            + "fields or codes, or a value out of range; errors lists each field.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "Unauthorized", description = "No API key, or one that is not valid or has "
                            + "been revoked. Comes with WWW-Authenticate: Bearer.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "CdsUnauthorized", description = "No JWT, or one refused: unknown "
                            + "issuer, bad signature or algorithm, wrong aud, expired, or a jti already used. The "
                            + "detail says which.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "Forbidden", description = "The API key's roles do not allow this request.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "RateLimited", description = "The API key made more requests than its "
                            + "rate limit allows (per second, with a burst; per instance). Retry after the seconds "
                            + "Retry-After says; the detail states the limit.",
                            headers = @Header(name = "Retry-After", required = true,
                                    description = "Whole seconds to wait before the next request, at least 1.",
                                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")),
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "IdempotencyKeyReused", description = "The Idempotency-Key was already "
                            + "used by this API key with a different request in the last 24 hours; the detail names "
                            + "the key. Use a new key for a new request.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "NotFound", description = "No such resource.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "PayloadTooLarge", description = "The request body exceeds 64 KiB.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "UnsupportedMediaType", description = "The body is not application/json (POST "
                            + "/api/v1/triage also takes application/fhir+json).",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "Conflict", description = "Conflicts with the current state, e.g. a name or "
                            + "id already in use, or editing a published ruleset.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "PreconditionFailed", description = "If-Match names an ETag that is no "
                            + "longer current: someone else changed the resource first.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "PreconditionRequired", description = "If-Match is missing.",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "ServiceUnavailable", description = "The database is unreachable (e.g. "
                            + "restarting): nothing was done or recorded, and no triage is returned that is not "
                            + "stored. Retry after the Retry-After header's seconds.",
                            headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying.",
                                    schema = @Schema(type = SchemaType.INTEGER)),
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                    @APIResponse(name = "PublishRefused", description = "Validation problems or failing golden "
                            + "cases; errors lists each (field rules/<ruleId>/<field> or goldenCases/<caseId>).",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
                }))
public class SpineTriageApi extends Application {

    /** The API's version: the OpenAPI document's info.version, and what GET /api/v1/info reports. */
    public static final String VERSION = "1.0.0";
}
