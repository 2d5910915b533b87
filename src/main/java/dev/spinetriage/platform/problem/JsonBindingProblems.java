package dev.spinetriage.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.spinetriage.platform.problem.Problem.FieldError;
import java.util.List;
import java.util.Optional;

/**
 * Explains why a request body could not be read, in the client's terms: the JSON path it wrote and what was expected
 * there, never a Java type name or Jackson's own message (which quotes classes and source snippets).
 */
final class JsonBindingProblems {

    private static final int MAX_ECHO = 40;

    private JsonBindingProblems() {
    }

    /** Quarkus REST hands parse errors over wrapped in a 400 WebApplicationException; the Jackson cause is the news. */
    static Optional<JsonProcessingException> find(Throwable failure) {
        return Optional.ofNullable(firstInChain(failure, JsonProcessingException.class));
    }

    static Problem toProblem(JsonProcessingException failure, String instance) {
        // Jackson wraps parser errors met inside an object in a mapping exception that carries the path.
        String field = Optional.ofNullable(firstInChain(failure, DatabindException.class))
                .map(JsonBindingProblems::path).orElse("body");
        StreamReadException syntax = firstInChain(failure, StreamReadException.class);
        if (syntax instanceof InputCoercionException coercion) {
            return invalid(instance, field, "number out of range; " + JsonExpectations.of(coercion.getTargetType()));
        }
        if (syntax != null) {
            return Problem.of(ProblemType.MALFORMED_JSON,
                    "The request body is not valid JSON" + where(syntax), instance);
        }
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return invalid(instance, field, "unknown field; allowed: "
                    + JsonExpectations.fieldNames(unknown.getReferringClass(), unknown.getKnownPropertyIds()));
        }
        if (failure instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum() && format.getValue() instanceof String code) {
            return invalid(instance, field, "unknown code '" + quoted(code) + "'; allowed: "
                    + JsonExpectations.codes(format.getTargetType()));
        }
        if (failure instanceof MismatchedInputException mismatch) {
            return invalid(instance, field, JsonExpectations.of(mismatch.getTargetType()));
        }
        if (failure instanceof DatabindException) {
            return invalid(instance, field, "invalid value");
        }
        return Problem.of(ProblemType.MALFORMED_JSON, "The request body could not be read as JSON.", instance);
    }

    /** A client's value is echoed so it can find it, but only its start: the body may hold a 60 KiB "code". */
    private static String quoted(String value) {
        return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "…";
    }

    private static Problem invalid(String instance, String field, String message) {
        return Problem.of(ProblemType.VALIDATION_ERROR, "The request body does not match the expected shape.",
                instance, List.of(new FieldError(field, message)));
    }

    private static String path(DatabindException failure) {
        if (!(failure instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "body";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String where(StreamReadException syntax) {
        JsonLocation at = syntax.getLocation();
        return at == null || at.getLineNr() < 0
                ? "."
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ").";
    }

    private static <T extends Throwable> T firstInChain(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
