package dev.spinetriage.platform.problem;

import dev.spinetriage.platform.problem.Problem.FieldError;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Names the query or header parameter Quarkus REST could not convert. JAX-RS turns such a failure into a bare 404
 * for query parameters (as if the resource did not exist) and a bare 400 for headers, without saying which one; this
 * finds it by converting each of the method's parameters again as Quarkus REST does for the types our resources use.
 * Path parameters are left alone: a path that does not convert names no resource, which is what 404 says.
 */
final class ParamProblems {

    private static final int MAX_ECHO = 40;

    private ParamProblems() {
    }

    static Optional<Problem> unreadable(Method method, HttpServerRequest request) {
        if (method == null) {
            return Optional.empty();
        }
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            HeaderParam header = parameter.getAnnotation(HeaderParam.class);
            List<String> values = query != null ? request.params().getAll(query.value())
                    : header != null ? request.headers().getAll(header.value()) : List.of();
            String name = query != null ? query.value() : header != null ? header.value() : null;
            Class<?> type = elementType(parameter);
            for (String value : values) {
                String expected = expectation(type, value);
                if (expected != null) {
                    String kind = query != null ? "query parameter" : "header";
                    return Optional.of(Problem.of(ProblemType.VALIDATION_ERROR, "The " + kind + " '" + name
                            + "' could not be read: '" + shown(value) + "' is not " + expected + ".",
                            request.path(), List.of(new FieldError(name, "must be " + expected))));
                }
            }
        }
        return Optional.empty();
    }

    private static Class<?> elementType(Parameter parameter) {
        if (Collection.class.isAssignableFrom(parameter.getType())
                && parameter.getParameterizedType() instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            return element instanceof Class<?> c ? c : Object.class;
        }
        if (parameter.getType() == Optional.class
                && parameter.getParameterizedType() instanceof ParameterizedType generic
                && generic.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return parameter.getType();
    }

    /** What {@code value} should have been, or null when it converts. */
    private static String expectation(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value.trim());
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value.trim());
            } else if (type == double.class || type == Double.class) {
                Double.parseDouble(value.trim());
            } else if (type == UUID.class) {
                UUID.fromString(value.trim());
            } else if (type.isEnum()) {
                return Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(value))
                        ? null : "one of " + Arrays.toString(type.getEnumConstants());
            }
            return null;
        } catch (IllegalArgumentException notConvertible) {
            return type == UUID.class ? "a UUID"
                    : type == double.class || type == Double.class ? "a number"
                    : "a whole number";
        }
    }

    private static String shown(String value) {
        return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "…";
    }
}
