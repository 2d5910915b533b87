package dev.spinetriage.platform.problem;

import dev.spinetriage.platform.problem.Problem.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns Bean Validation violations on a resource method's parameters into field errors. Validator paths start with
 * the Java method and parameter names ({@code triage.request.patient.ageYears}); clients never see those, so the
 * field is the path inside the parameter as the client wrote it ({@code patient.ageYears}, {@code symptoms[2]}).
 */
final class ViolationProblems {

    private static final Set<ElementKind> JAVA_ONLY =
            Set.of(ElementKind.METHOD, ElementKind.CONSTRUCTOR, ElementKind.CROSS_PARAMETER);

    /** 10,000 nulls in a list are 10,000 violations; the first 50 tell the client enough, and the answer stays small. */
    private static final int MAX_ERRORS = 50;

    private ViolationProblems() {
    }

    /** A violated return value is the server breaking its own contract, not a bad request. */
    static boolean onReturnValue(Set<ConstraintViolation<?>> violations) {
        return violations.stream().anyMatch(v -> nodes(v).anyMatch(n -> n.getKind() == ElementKind.RETURN_VALUE));
    }

    static Problem toProblem(Set<ConstraintViolation<?>> violations, Method resourceMethod, String instance) {
        List<FieldError> errors = violations.stream()
                .map(v -> toError(v, resourceMethod))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .limit(MAX_ERRORS)
                .toList();
        return Problem.of(ProblemType.VALIDATION_ERROR, "The request is invalid; see errors for each field.",
                instance, errors);
    }

    private static FieldError toError(ConstraintViolation<?> violation, Method resourceMethod) {
        StringBuilder field = new StringBuilder();
        Path.ParameterNode parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.as(Path.ParameterNode.class);
            } else if (!JAVA_ONLY.contains(node.getKind())) {
                append(field, node);
            }
        }
        if (!field.isEmpty() || parameter == null) {
            return new FieldError(field.isEmpty() ? "body" : field.toString(), violation.getMessage());
        }
        if (!isBody(resourceMethod, parameter.getParameterIndex())) {
            return new FieldError(parameter.getName(), violation.getMessage());
        }
        boolean missing = violation.getConstraintDescriptor().getAnnotation() instanceof NotNull;
        return new FieldError("body", missing ? "request body is required" : violation.getMessage());
    }

    /** Container elements ({@code <list element>}) and class-level nodes have no name of their own, only an index. */
    private static void append(StringBuilder field, Path.Node node) {
        if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            field.append('[').append(node.getKey()).append(']');
        }
        if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT
                && node.getKind() != ElementKind.BEAN) {
            field.append(field.isEmpty() ? "" : ".").append(node.getName());
        }
    }

    /**
     * The entity parameter is the only one without a JAX-RS or Quarkus REST binding annotation; the others (query,
     * path, header...) keep their own name as the field.
     */
    private static boolean isBody(Method resourceMethod, int index) {
        if (resourceMethod == null || index >= resourceMethod.getParameterCount()) {
            return true;
        }
        Annotation[] annotations = resourceMethod.getParameterAnnotations()[index];
        return Arrays.stream(annotations).map(a -> a.annotationType().getPackageName())
                .noneMatch(p -> p.startsWith("jakarta.ws.rs") || p.startsWith("org.jboss.resteasy.reactive"));
    }

    private static Stream<Path.Node> nodes(ConstraintViolation<?> violation) {
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false);
    }
}
