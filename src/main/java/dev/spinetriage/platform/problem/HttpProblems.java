package dev.spinetriage.platform.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;

/**
 * Problems for failures that are about the HTTP exchange rather than its content: no such path, wrong method or
 * media type. Shared by the JAX-RS mappers and the Vert.x routes, so both explain the same failure the same way.
 * Details are written here, never copied from exception messages, which may quote internals.
 */
final class HttpProblems {

    private HttpProblems() {
    }

    /** {@code allow} is the comma-separated Allow header value of a 405, or null. */
    static Problem of(int status, HttpServerRequest request, String allow) {
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "Nothing is served at this path.";
            case METHOD_NOT_ALLOWED -> request.method().name() + " is not allowed here"
                    + (allow == null ? "." : "; allowed: " + allow + ".");
            case NOT_ACCEPTABLE -> "None of the media types in the Accept header can be produced here;"
                    + " errors are always application/problem+json.";
            case UNSUPPORTED_MEDIA_TYPE -> request.getHeader(HttpHeaders.CONTENT_TYPE) == null
                    ? "The request has a body but no Content-Type header."
                    : "This endpoint does not accept the request's Content-Type.";
            case PAYLOAD_TOO_LARGE -> "The request body is too large.";
            case VALIDATION_ERROR -> "The request could not be processed as sent.";
            default -> "The request failed with HTTP status " + status + ".";
        };
        if (type == ProblemType.HTTP_ERROR) {
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known == null ? ProblemType.HTTP_ERROR.title() : known.getReasonPhrase();
            return new Problem(type.uri(), title, status, detail, request.path(), null);
        }
        return Problem.of(type, detail, request.path());
    }
}
