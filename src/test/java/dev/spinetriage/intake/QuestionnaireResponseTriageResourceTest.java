package dev.spinetriage.intake;

import static dev.spinetriage.platform.security.TestKeys.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spinetriage.platform.security.TestKeys;
import dev.spinetriage.platform.security.TestKeys.Key;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * POST /api/v1/triage with a completed QuestionnaireResponse (application/fhir+json): answered, recorded and made
 * idempotent exactly as the JSON request it stands for; what it gets wrong is a 400 naming the item.
 */
@QuarkusTest
class QuestionnaireResponseTriageResourceTest {

    private static final String FHIR = "application/fhir+json";
    private static final String JSON_REQUEST = """
            {"patient": {"ageYears": 47, "sex": "FEMALE", "pregnant": false},
             "symptoms": ["RADIATING_PAIN", "NUMBNESS_TINGLING"], "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"],
             "durationWeeks": 9, "conservativeCare": {"weeks": 7, "modalities": ["PHYSICAL_THERAPY"]},
             "priorInjections": [{"therapy": "EPIDURAL_STEROID_INJECTION", "reliefPercent": 40, "weeksAgo": 20}],
             "clinicalFindings": {"straightLegRaisePositive": true, "motorDeficit": "MILD_STABLE"}}""";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    AgroalDataSource database;

    /** The JSON request above, as answers to the served questionnaire. */
    private static QuestionnaireResponses sameAsJsonRequest() {
        return QuestionnaireResponses.completed().integer("patient.ageYears", 47).codes("patient.sex", "FEMALE")
                .bool("patient.pregnant", false).codes("symptoms", "RADIATING_PAIN", "NUMBNESS_TINGLING")
                .codes("painLocations", "LOWER_BACK", "LEG_BELOW_KNEE").integer("durationWeeks", 9)
                .integer("conservativeCare.weeks", 7).codes("conservativeCare.modalities", "PHYSICAL_THERAPY")
                .group("priorInjections", g -> g.codes("priorInjections.therapy", "EPIDURAL_STEROID_INJECTION")
                        .integer("priorInjections.reliefPercent", 40).integer("priorInjections.weeksAgo", 20))
                .bool("clinicalFindings.straightLegRaisePositive", true)
                .codes("clinicalFindings.motorDeficit", "MILD_STABLE");
    }

    @Test
    void aResponseGetsTheAnswerAndTheRecordOfTheJsonRequestItStandsFor() throws Exception {
        Key client = TestKeys.create("fhir-same", "triage");
        Response fromJson = as(client.secret()).contentType("application/json").body(JSON_REQUEST)
                .post("/api/v1/triage");
        Response fromFhir = as(client.secret()).contentType(FHIR).body(sameAsJsonRequest().json())
                .post("/api/v1/triage");

        fromFhir.then().statusCode(201).contentType(startsWith("application/json"))
                .header("Location", endsWith("/api/v1/triage/" + fromFhir.path("triageId")));
        assertEquals(withoutIdentity(fromJson.asString()), withoutIdentity(fromFhir.asString()));
        assertEquals(MAPPER.readTree(storedRequest(fromJson.path("triageId"))),
                MAPPER.readTree(storedRequest(fromFhir.path("triageId"))));
    }

    @Test
    void anIdempotencyKeyTreatsAResponseAndItsJsonRequestAsTheSameRequest() {
        Key client = TestKeys.create("fhir-idempotent", "triage");
        String key = UUID.randomUUID().toString();
        String first = as(client.secret()).header("Idempotency-Key", key).contentType(FHIR)
                .body(sameAsJsonRequest().json()).post("/api/v1/triage").then().statusCode(201)
                .header("Idempotent-Replayed", (String) null).extract().path("triageId");

        as(client.secret()).header("Idempotency-Key", key).contentType(FHIR).body(sameAsJsonRequest().json())
                .post("/api/v1/triage").then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/api/v1/triage/" + first));
        as(client.secret()).header("Idempotency-Key", key).contentType("application/json").body(JSON_REQUEST)
                .post("/api/v1/triage").then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/api/v1/triage/" + first));
        as(client.secret()).header("Idempotency-Key", key).contentType(FHIR)
                .body(QuestionnaireResponses.minimal().json()).post("/api/v1/triage").then().statusCode(422);
    }

    static Stream<Arguments> wrongResponses() {
        return Stream.of(
                Arguments.of(QuestionnaireResponses.minimal().bool("mood", true), "item[mood]"),
                Arguments.of(QuestionnaireResponses.minimal().codes("clinicalFindings.motorDeficit", "PARALYSED"),
                        "item[clinicalFindings.motorDeficit]"),
                Arguments.of(QuestionnaireResponses.minimal().bool("painScore", true), "item[painScore]"),
                Arguments.of(QuestionnaireResponses.minimal().integer("painScore", 11), "item[painScore]"),
                Arguments.of(QuestionnaireResponses.minimal().codes("laterality", "LEFT", "RIGHT"),
                        "item[laterality]"),
                Arguments.of(QuestionnaireResponses.minimal().codes("redFlags", "FEVER", "FEVER"), "item[redFlags]"),
                Arguments.of(QuestionnaireResponses.minimal().group("priorSpineSurgery",
                        g -> g.codes("priorSpineSurgery.procedure", "FUSION")), "item[priorSpineSurgery.region]"),
                Arguments.of(QuestionnaireResponses.minimal().group("priorInjections",
                        g -> g.bool("painScore", true)), "item[painScore]"),
                Arguments.of(QuestionnaireResponses.completed().codes("symptoms", "AXIAL_PAIN")
                        .codes("painLocations", "LOWER_BACK"), "item[patient.ageYears]"),
                Arguments.of(QuestionnaireResponses.minimal().with("status", "in-progress"), "status"),
                Arguments.of(QuestionnaireResponses.minimal().with("questionnaire", "https://example.org/Q/phq-9"),
                        "questionnaire"),
                Arguments.of(QuestionnaireResponses.minimal().with("resourceType", "Patient"), "resourceType"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("wrongResponses")
    void whatAResponseGetsWrongIsA400NamingIt(QuestionnaireResponses response, String field) {
        TestKeys.asTriageClient().contentType(FHIR).body(response.json()).post("/api/v1/triage").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", startsWith("https://spinetriage.dev/problems/validation-error"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void anElementFhirDoesNotKnowIsA400() {
        String body = QuestionnaireResponses.minimal().json().replace("\"status\"", "\"shoeSize\": 44, \"status\"");

        TestKeys.asTriageClient().contentType(FHIR).body(body).post("/api/v1/triage").then().statusCode(400)
                .body("errors.field", hasItem("body"));
    }

    private static String withoutIdentity(String response) throws Exception {
        ObjectNode answer = (ObjectNode) MAPPER.readTree(response);
        answer.remove("triageId");
        answer.remove("createdAt");
        return answer.toString();
    }

    private String storedRequest(String triageId) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT request FROM triage_record WHERE triage_id = ?::uuid")) {
            query.setString(1, triageId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
