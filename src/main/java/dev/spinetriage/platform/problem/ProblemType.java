package dev.spinetriage.platform.problem;

import java.util.Arrays;

/**
 * The closed set of problem types this API answers with. Clients switch on {@link #uri()}, so a type's slug is part
 * of the contract: add new ones, never rename. RFC 9457's "about:blank" is deliberately not used; every problem
 * names what went wrong.
 */
public enum ProblemType {
    VALIDATION_ERROR("validation-error", 400, "Request is invalid"),
    MALFORMED_JSON("malformed-json", 400, "Request body is not valid JSON"),
    UNAUTHORIZED("unauthorized", 401, "API key missing or not valid"),
    FORBIDDEN("forbidden", 403, "Not allowed for this API key"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    CONFLICT("conflict", 409, "Conflicts with the resource's current state"),
    PRECONDITION_FAILED("precondition-failed", 412, "The resource changed since you read it"),
    PRECONDITION_REQUIRED("precondition-required", 428, "If-Match is required"),
    UNPROCESSABLE("unprocessable", 422, "The request cannot be carried out"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency-Key already used for another request"),
    RATE_LIMITED("rate-limited", 429, "Too many requests for this API key"),
    /** Too many refused keys or tokens from one client address: its credentials are not even looked at for now. */
    AUTHENTICATION_THROTTLED("authentication-throttled", 429, "Too many failed authentications from this address"),
    INTERNAL_ERROR("internal-error", 500, "Internal error"),
    /** PostgreSQL cannot be reached: nothing was done or recorded; retry after the Retry-After header's seconds. */
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service temporarily unavailable"),
    /** CDS Hooks: the CDS client's JWT is missing or refused (the plain API's 401 is {@link #UNAUTHORIZED}). */
    CDS_CLIENT_UNAUTHORIZED("cds-client-unauthorized", 401, "CDS client JWT missing or not valid"),
    /** CDS Hooks: data the service needs was neither prefetched nor in the context (it never calls the EHR back). */
    PREFETCH_MISSING("prefetch-missing", 412, "Needed FHIR data was not prefetched"),
    /** CORS: a browser request from an origin (or with a method) that quarkus.http.cors.* does not allow. */
    CORS_REFUSED("cors-refused", 403, "Cross-origin request not allowed"),
    /** Any other HTTP status; its title is the status's reason phrase. */
    HTTP_ERROR("http-error", 0, "HTTP error");

    private static final String BASE = "https://spinetriage.dev/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return BASE + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The first type declared for a status, so a bare 400 reads as a validation error, not as malformed JSON. */
    public static ProblemType forStatus(int status) {
        return Arrays.stream(values()).filter(t -> t.status == status).findFirst().orElse(HTTP_ERROR);
    }
}
