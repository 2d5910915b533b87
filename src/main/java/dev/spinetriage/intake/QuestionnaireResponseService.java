package dev.spinetriage.intake;

import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.spinetriage.platform.fhir.FhirR4;
import dev.spinetriage.platform.problem.Problem.FieldError;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import dev.spinetriage.triage.dto.TriageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;

/**
 * A completed QuestionnaireResponse to our intake questionnaire, as a triage request: parsed strictly with HAPI FHIR's
 * R4 model, its answers read through the input catalogue ({@link QuestionnaireAnswers}), then bound and validated
 * exactly as a JSON request ({@link RequestTreeBinder}). Every problem is a 400 naming the element or item.
 */
@ApplicationScoped
public class QuestionnaireResponseService {

    private static final String RESOURCE_TYPE = "QuestionnaireResponse";
    private static final Set<QuestionnaireResponseStatus> FINISHED = Set.of(QuestionnaireResponseStatus.COMPLETED,
            QuestionnaireResponseStatus.AMENDED);

    private final FhirR4 fhir;
    private final RequestTreeBinder binder;

    QuestionnaireResponseService(FhirR4 fhir, RequestTreeBinder binder) {
        this.fhir = fhir;
        this.binder = binder;
    }

    /** @param body the request body, already read as JSON (so malformed JSON is refused as for every request) */
    public TriageRequest toTriageRequest(JsonNode body) {
        QuestionnaireResponse response = parse(body);
        List<FieldError> errors = new ArrayList<>();
        if (!IntakeQuestionnaire.isOurs(response.getQuestionnaire())) {
            errors.add(new FieldError("questionnaire", "must be " + IntakeQuestionnaire.CANONICAL
                    + " (a |version may follow): only our intake questionnaire can be triaged"));
        }
        // Checked for null first: Set.of throws on contains(null).
        if (response.getStatus() == null || !FINISHED.contains(response.getStatus())) {
            errors.add(new FieldError("status", "must be completed or amended: only a finished response is triaged"));
        }
        QuestionnaireAnswers answers = QuestionnaireAnswers.read(response.getItem(), "");
        errors.addAll(answers.errors());
        answers.tree().unansweredRequired().forEach(input -> errors.add(new FieldError(answers.field(input.path()),
                "required: the triage cannot run without an answer")));
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "The QuestionnaireResponse does not answer "
                    + IntakeQuestionnaire.CANONICAL + " as the triage needs; see errors for each item.",
                    errors.stream().limit(QuestionnaireAnswers.MAX_ERRORS).toList());
        }
        return binder.bind(answers.tree(), "");
    }

    private QuestionnaireResponse parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw invalid("body", "must be a FHIR R4 QuestionnaireResponse (a JSON object)");
        }
        if (!RESOURCE_TYPE.equals(body.path("resourceType").asText(null))) {
            throw invalid("resourceType", "must be " + RESOURCE_TYPE);
        }
        try {
            return fhir.strictParser().parseResource(QuestionnaireResponse.class, body.toString());
        } catch (DataFormatException e) {
            throw invalid("body", "not a valid FHIR R4 QuestionnaireResponse: " + FhirR4.firstLine(e.getMessage()));
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION_ERROR, "The body is not a QuestionnaireResponse the "
                + "triage can read.", List.of(new FieldError(field, message)));
    }
}
