package dev.spinetriage.intake;

import dev.spinetriage.platform.json.Json;
import dev.spinetriage.platform.problem.Problem.FieldError;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import dev.spinetriage.triage.dto.TriageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns a {@link RequestTree} into a {@link TriageRequest} exactly as a JSON body becomes one: the application's strict
 * Jackson mapper, then the request's Bean Validation constraints (sizes, duplicates, ranges). A violation is named by
 * the questionnaire item it came from: {@code priorInjections[0].reliefPercent} is {@code item[priorInjections
 * .reliefPercent]}, since a linkId is the field's path without indexes.
 */
@ApplicationScoped
public class RequestTreeBinder {

    private static final int MAX_ERRORS = QuestionnaireAnswers.MAX_ERRORS;

    private final Json json;
    private final Validator validator;

    RequestTreeBinder(Json json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** @param where what error fields start with before "item[…]": "" for a request body, "prefetch.intake." … */
    public TriageRequest bind(RequestTree tree, String where) {
        // Every value of the tree was checked against the input catalogue, and a test binds every catalogue path: a
        // tree that does not bind is our defect, not the client's.
        TriageRequest request = json.read(tree.json(), TriageRequest.class);
        Set<ConstraintViolation<TriageRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(where + "item[" + linkId(v.getPropertyPath()) + "]", v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                    .distinct().limit(MAX_ERRORS).toList();
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "The answers are invalid; see errors for each "
                    + "item.", errors);
        }
        return request;
    }

    private static String linkId(Path path) {
        StringBuilder linkId = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                linkId.append(linkId.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return linkId.toString();
    }
}
