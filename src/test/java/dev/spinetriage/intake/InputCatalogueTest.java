package dev.spinetriage.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spinetriage.platform.json.Json;
import dev.spinetriage.platform.security.TestKeys;
import dev.spinetriage.rules.Condition;
import dev.spinetriage.rules.Evidence;
import dev.spinetriage.rules.EvidenceLevel;
import dev.spinetriage.rules.Rule;
import dev.spinetriage.rules.RuleKind;
import dev.spinetriage.rules.Ruleset;
import dev.spinetriage.rules.TherapyProfile;
import dev.spinetriage.rules.TriageEngine;
import dev.spinetriage.rules.TriageExplainer;
import dev.spinetriage.rules.TriageExplanation;
import dev.spinetriage.rules.Truth;
import dev.spinetriage.rules.code.Purpose;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.code.PolicyProfile;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.PatientReport;
import dev.spinetriage.rules.input.RecordListInput;
import dev.spinetriage.ruleset.ConditionJson;
import dev.spinetriage.triage.TriageMapper;
import dev.spinetriage.triage.dto.TriageRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the input catalogue: every input, and every field of a list of records, can be sent in a JSON request and is
 * read into the report, can be tested in a rule condition, is explained when a rule tests it, can be asked as a
 * follow-up question, and can be answered in the served questionnaire, whose response gives the same report as the
 * JSON request. Adding an input to the catalogue adds it to every test here.
 */
@QuarkusTest
class InputCatalogueTest {

    private static final Therapy THERAPY = Therapy.EPIDURAL_STEROID_INJECTION;
    private static Questionnaire served;

    @Inject
    Json json;
    @Inject
    Validator validator;
    @Inject
    QuestionnaireResponseService questionnaireResponses;

    static List<Input<?>> inputs() {
        return InputCatalogue.all();
    }

    /** Lists of records are never unknown, so no rule ever needs one answered: they are asked by the questionnaire. */
    static List<Input<?>> singleInputs() {
        return InputCatalogue.all().stream().filter(i -> !(i instanceof RecordListInput<?>)).toList();
    }

    static List<Input<?>> recordFields() {
        return CatalogueSamples.recordFields();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void everyInputCanBeSentInAJsonRequestAndIsReadIntoTheReport(Input<?> input) {
        RequestTree request = CatalogueSamples.baselineWith(input);

        TestKeys.asTriageClient().contentType("application/json").body(request.json().toString())
                .post("/api/v1/triage/explain").then().statusCode(200);
        PatientReport report = report(request);
        assertTrue(report.isReported(input));
        assertNotEquals(report(CatalogueSamples.baseline()).get(input), report.get(input));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void everyInputCanBeTestedInARuleCondition(Input<?> input) {
        Condition condition = ConditionJson.parse(CatalogueSamples.condition(input));

        assertEquals(Truth.TRUE, condition.evaluate(report(CatalogueSamples.baselineWith(input))));
        assertNotEquals(Truth.TRUE, condition.evaluate(report(CatalogueSamples.baseline())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void everyInputARuleTestsIsExplainedWithWhatTheReportHolds(Input<?> input) {
        TriageEngine engine = engine(rule("T-1", RuleKind.INDICATION, CatalogueSamples.condition(input)));

        TriageExplanation explanation = new TriageExplainer(engine)
                .explain(report(CatalogueSamples.baselineWith(input)), PolicyProfile.US_CMS, false);
        List<String> explained = explanation.therapies().stream().filter(t -> t.therapy() == THERAPY)
                .flatMap(t -> t.supporting().stream()).flatMap(r -> r.inputs().stream())
                .map(TriageExplanation.InputValue::field).toList();
        assertEquals(List.of(input.path()), explained);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleInputs")
    void everyInputARuleNeedsIsAskedAsAFollowUpQuestion(Input<?> input) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode notReported = nodes.objectNode().put("field", input.path()).put("reported", false);
        TriageEngine engine = engine(rule("T-1", RuleKind.INDICATION, nodes.objectNode().put("always", true)),
                rule("T-2", RuleKind.CAUTION, notReported),
                rule("T-3", RuleKind.CONTRAINDICATION, CatalogueSamples.condition(input)));

        var asked = engine.evaluate(report(CatalogueSamples.baseline()).with(raw(input), null)).followUpQuestions();
        assertTrue(asked.stream().anyMatch(q -> q.field().equals(input.path()) && q.question().equals(
                input.question())), asked.toString());
    }

    @Test
    void everyInputAndRecordFieldHasAQuestion() {
        inputs().forEach(i -> assertFalse(i.question().isBlank(), i.path()));
        recordFields().forEach(f -> assertFalse(f.question().isBlank(), f.path()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void everyInputCanBeAnsweredInTheServedQuestionnaireGivingTheSameReport(Input<?> input) {
        QuestionnaireItemComponent item = served().getItem().stream()
                .filter(i -> i.getLinkId().equals(input.path())).findFirst().orElseThrow();
        assertEquals(input.questionType().name(), item.getType().name());
        assertEquals(input.repeats(), item.getRepeats());
        assertEquals(input.required(), item.getRequired());
        RequestTree request = CatalogueSamples.baselineWith(input);

        TriageRequest answered = questionnaireResponses.toTriageRequest(ServedAnswers.response(served(), request));
        assertEquals(report(request), TriageMapper.toReport(answered));
    }

    @Test
    void everyRecordFieldHasAConditionKeyOfItsOwn() {
        assertEquals(recordFields().stream().map(Input::path).sorted().toList(),
                CatalogueSamples.RECORD_FIELDS.keySet().stream().sorted().toList(),
                "a new field of a list of records needs a condition key (ConditionJson) and an entry here");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordFields")
    void everyRecordFieldIsReadAndTestedAndAnsweredInItsGroup(Input<?> field) {
        RecordListInput<?> list = InputCatalogue.all().stream().filter(RecordListInput.class::isInstance)
                .map(l -> (RecordListInput<?>) l).filter(l -> l.fields().contains(field)).findFirst().orElseThrow();
        Condition condition = ConditionJson.parse(CatalogueSamples.recordCondition(list, field));
        RequestTree sample = CatalogueSamples.baseline();
        sample.add(list.path(), CatalogueSamples.record(list, null));
        RequestTree variant = CatalogueSamples.baseline();
        variant.add(list.path(), CatalogueSamples.record(list, field));

        assertEquals(Truth.TRUE, condition.evaluate(report(sample)), "the condition holds for the sample");
        assertEquals(Truth.FALSE, condition.evaluate(report(variant)), "and not when only " + field + " differs");
        TriageRequest answered = questionnaireResponses.toTriageRequest(ServedAnswers.response(served(), variant));
        assertEquals(report(variant), TriageMapper.toReport(answered));
    }

    /** Bound and validated as the JSON API binds a body, then read into the engine's report. */
    private PatientReport report(RequestTree tree) {
        TriageRequest request = json.read(tree.json(), TriageRequest.class);
        assertTrue(validator.validate(request).isEmpty(), tree.json().toString());
        return TriageMapper.toReport(request);
    }

    private static Rule rule(String id, RuleKind kind, ObjectNode condition) {
        return new Rule(id, kind, THERAPY, ConditionJson.parse(condition), 1, id, "message of " + id, "why " + id,
                "TEST", null, false);
    }

    private static TriageEngine engine(Rule... rules) {
        return new TriageEngine(new Ruleset("walk-1", List.of(rules), Map.of(THERAPY, new TherapyProfile(THERAPY,
                "ESI", Purpose.THERAPEUTIC, false, null, List.of(new Evidence("test", EvidenceLevel.MODERATE,
                        "TEST"))))));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Input<Object> raw(Input<?> input) {
        return (Input) input;
    }

    private static synchronized Questionnaire served() {
        if (served == null) {
            served = IntakeQuestionnaireResourceTest.parse(given().get("/fhir/Questionnaire/back-pain-intake")
                    .then().statusCode(200).extract().asString());
        }
        return served;
    }
}
