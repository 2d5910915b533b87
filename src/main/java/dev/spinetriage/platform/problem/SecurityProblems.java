package dev.spinetriage.platform.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * The 401 and 403 problems, worded once for every path that can refuse a request: the authentication mechanism's
 * challenge, the JAX-RS security checks and the Vert.x failure handler. The detail tells a client what to fix
 * without saying whether a key it sent ever existed.
 */
public final class SecurityProblems {

    private SecurityProblems() {
    }

    public static Problem unauthorized(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String detail;
        if (authorization == null) {
            detail = "This endpoint needs an API key: send it as 'Authorization: Bearer <key>'.";
        } else if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            detail = "The API key is not valid or has been revoked.";
        } else {
            detail = "Only API keys are accepted: send 'Authorization: Bearer <key>'.";
        }
        return Problem.of(ProblemType.UNAUTHORIZED, detail, request.path());
    }

    public static Problem forbidden(String instance) {
        return Problem.of(ProblemType.FORBIDDEN, "The roles of this API key do not allow this request.", instance);
    }
}
