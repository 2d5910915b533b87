package dev.spinetriage.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code instance} is the request path, so a client can tell which call failed
 * when it logs only the body; {@code errors} carries one entry per offending field and is left out when empty;
 * {@code requestId} is the request's X-Request-Id, so a client's report leads to the server's log lines.
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors,
        @JsonInclude(JsonInclude.Include.NON_NULL) String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending field, named by its JSON path as the client wrote it: {@code patient.ageYears}, {@code x[2]}. */
    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public Problem withDetail(String newDetail) {
        return new Problem(type, title, status, newDetail, instance, errors, requestId);
    }

    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, instance, errors, id);
    }

    public static Problem of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, List.of());
    }

    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
    }
}
