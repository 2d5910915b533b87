package dev.spinetriage.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every client or server error, whichever layer raises it, reaches the client as RFC 9457 problem+json. */
@QuarkusTest
class ProblemDetailsResourceTest {

    private static final String PROBE = "/test-probe";
    private static final String PROBLEMS = "https://spinetriage.dev/problems/";
    private static final String PATIENT = "{\"ageYears\":54,\"sex\":\"FEMALE\",\"pregnant\":false}";
    private static final String INJECTIONS = "[{\"therapy\":\"MEDIAL_BRANCH_BLOCK\",\"monthsAgo\":3}]";
    private static final String SYMPTOM_CODES = "SHOOTING_PAIN, BURNING_PAIN, RADIATING_PAIN, DECREASED_MOBILITY,"
            + " MUSCLE_SPASMS, NUMBNESS_TINGLING, WEAKNESS, AXIAL_PAIN";
    private static final String VALID_BODY = bodyWith("painScore", "6");

    @TestHTTPResource(PROBE)
    URI probe;

    @Test
    void aValidBodyReachesTheProbe() {
        postJson(VALID_BODY).then().statusCode(200).body("patient.ageYears", is(54));
    }

    @Test
    void malformedJsonIsReportedWithItsLineAndColumn() {
        assertProblem(postJson("{\"patient\":{\"ageYears\":54,"), 400, "malformed-json", PROBE)
                .body("detail", containsString("line 1, column"))
                .body("errors", nullValue());
    }

    @Test
    void anUnknownNestedFieldIsNamedByItsFullPathWithTheAllowedNames() {
        assertProblem(postJson(bodyWith("patient", PATIENT.replace("}", ",\"weight\":70}"))),
                400, "validation-error", PROBE)
                .body("errors", hasSize(1))
                .body("errors[0].field", is("patient.weight"))
                .body("errors[0].message", is("unknown field; allowed: ageYears, sex, pregnant"));
    }

    @Test
    void anUnknownFieldInsideAListItemIsNamedWithItsIndex() {
        assertProblem(postJson(bodyWith("priorInjections", INJECTIONS.replace("}", ",\"foo\":1}"))),
                400, "validation-error", PROBE)
                .body("errors[0].field", is("priorInjections[0].foo"));
    }

    @Test
    void anUnknownCodeListsEveryAllowedCode() {
        assertProblem(postJson(bodyWith("symptoms", "[\"HEADACHE\"]")), 400, "validation-error", PROBE)
                .body("errors[0].field", is("symptoms[0]"))
                .body("errors[0].message", is("unknown code 'HEADACHE'; allowed: " + SYMPTOM_CODES));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "painScore | '\"high\"'  | painScore   | expected an integer",
        "painScore | 6.5         | painScore   | expected an integer",
        "painScore | null        | painScore   | expected an integer",
        "painScore | 99999999999 | painScore   | number out of range; expected an integer",
        "symptoms  | {}          | symptoms    | expected an array",
        "symptoms  | [1]         | symptoms[0] | expected a code; allowed: " + SYMPTOM_CODES,
        "patient   | []          | patient     | expected an object"})
    void aValueOfTheWrongTypeSaysWhatWasExpected(String key, String value, String field, String message) {
        assertProblem(postJson(bodyWith(key, value)), 400, "validation-error", PROBE)
                .body("errors", hasSize(1))
                .body("errors[0].field", is(field))
                .body("errors[0].message", is(message));
    }

    @Test
    void outOfRangeNumbersAreReportedAgainstTheirFieldsWithoutJavaNames() {
        String body = bodyWith("painScore", "11").replace("\"ageYears\":54", "\"ageYears\":-1");
        assertProblem(postJson(body), 400, "validation-error", PROBE)
                .body("errors", hasSize(2))
                .body("errors[0].field", is("painScore"))
                .body("errors[0].message", is("must be less than or equal to 10"))
                .body("errors[1].field", is("patient.ageYears"))
                .body("errors[1].message", is("must be greater than or equal to 0"));
    }

    @Test
    void aMissingRequiredFieldIsNamedByItsPath() {
        String withoutSex = PATIENT.replace("\"sex\":\"FEMALE\",", "");
        assertProblem(postJson(bodyWith("patient", withoutSex)), 400, "validation-error", PROBE)
                .body("errors[0].field", is("patient.sex"))
                .body("errors[0].message", is("must not be null"));
    }

    @Test
    void aNullListElementIsNamedWithItsIndex() {
        assertProblem(postJson(bodyWith("symptoms", "[\"SHOOTING_PAIN\",null]")),
                400, "validation-error", PROBE)
                .body("errors[0].field", is("symptoms[1]"));
    }

    @Test
    void anEmptyBodyIsReportedAsAMissingBody() {
        assertProblem(postJson(""), 400, "validation-error", PROBE)
                .body("errors", hasSize(1))
                .body("errors[0].field", is("body"))
                .body("errors[0].message", is("request body is required"));
    }

    @Test
    void aQueryParameterViolationIsNamedByTheParameter() {
        assertProblem(given().queryParam("limit", 0).get(PROBE), 400, "validation-error", PROBE)
                .body("errors[0].field", is("limit"))
                .body("errors[0].message", is("must be greater than or equal to 1"));
    }

    @Test
    void anUnknownPathUnderTheApiIsNotFound() {
        assertProblem(given().get("/api/v1/nope"), 404, "not-found", "/api/v1/nope")
                .body("detail", is("Nothing is served at this path."));
    }

    @Test
    void anUnknownPathOutsideTheApiIsNotFound() {
        assertProblem(given().get("/does-not-exist"), 404, "not-found", "/does-not-exist");
    }

    @Test
    void aResourceThatFindsNothingKeepsItsOwnExplanation() {
        assertProblem(given().get(PROBE + "/things/7"), 404, "not-found", PROBE + "/things/7")
                .body("detail", is("No thing with id 7"));
    }

    @Test
    void aMethodThePathDoesNotServeIsNotAllowedAndNamesTheAllowedOnes() {
        assertProblem(given().delete(PROBE), 405, "method-not-allowed", PROBE)
                .header("Allow", is("GET, HEAD, OPTIONS, POST"));
    }

    @Test
    void theAllowHeaderListsOnlyTheMethodsOfTheExactPath() {
        assertProblem(given().contentType(ContentType.JSON).body("{}").post(PROBE + "/boom"),
                405, "method-not-allowed", PROBE + "/boom")
                .header("Allow", is("GET, HEAD, OPTIONS"));
    }

    @Test
    void aBodyInAnUnsupportedMediaTypeIsRejected() {
        assertProblem(given().contentType(ContentType.TEXT).body(VALID_BODY).post(PROBE),
                415, "unsupported-media-type", PROBE);
    }

    @Test
    void aBodyWithoutContentTypeIsRejected() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(probe)
                .POST(HttpRequest.BodyPublishers.ofString(VALID_BODY)));
        assertRawProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void anUnacceptableAcceptHeaderStillGetsProblemJson() {
        assertProblem(given().accept("application/xml").get(PROBE), 406, "not-acceptable", PROBE);
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        assertProblem(postJson(oversizedBody()), 413, "payload-too-large", PROBE)
                .body("detail", is("The request body exceeds the limit of 65536 bytes."));
    }

    @Test
    void aChunkedBodyOverTheLimitIsTooLarge() throws Exception {
        assertRawProblem(sendChunked(oversizedBody()), 413, "payload-too-large");
    }

    @Test
    void aChunkedBodyWithinTheLimitStillReachesTheProbe() throws Exception {
        assertEquals(200, sendChunked(VALID_BODY).statusCode());
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorThatRevealsNothingButAnErrorId() {
        assertProblem(given().get(PROBE + "/boom"), 500, "internal-error", PROBE + "/boom")
                .body("detail", containsString("error id"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("probe secret")))
                .body(not(containsString("dev.spinetriage")));
    }

    @Test
    void theProbeStaysOutOfTheOpenApiDocument() {
        given().get("/q/openapi").then().statusCode(200).body(not(containsString("test-probe")));
    }

    /** The valid probe body with one top-level field's JSON value replaced. */
    private static String bodyWith(String field, String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("patient", PATIENT);
        fields.put("symptoms", "[\"SHOOTING_PAIN\"]");
        fields.put("painScore", "6");
        fields.put("priorInjections", INJECTIONS);
        fields.put(field, json);
        return fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static Response postJson(String body) {
        return given().contentType(ContentType.JSON).body(body).post(PROBE);
    }

    private static ValidatableResponse assertProblem(Response response, int status,
            String type, String instance) {
        return response.then()
                .statusCode(status)
                .header("Content-Type", startsWith(Problem.MEDIA_TYPE))
                .body("type", is(PROBLEMS + type))
                .body("title", is(ProblemType.valueOf(type.toUpperCase().replace('-', '_')).title()))
                .body("status", is(status))
                .body("instance", is(instance))
                .body(not(containsString("\tat ")));
    }

    private void assertRawProblem(HttpResponse<String> response, int status, String type) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE));
        JsonPath body = JsonPath.from(response.body());
        assertEquals(PROBLEMS + type, body.getString("type"));
        assertEquals(ProblemType.valueOf(type.toUpperCase().replace('-', '_')).title(), body.getString("title"));
        assertEquals(status, body.getInt("status"));
        assertEquals(PROBE, body.getString("instance"));
    }

    /** 70 KiB of valid JSON: over the 64K limit however it is sent. */
    private static String oversizedBody() {
        return bodyWith("patient", PATIENT.replace("FEMALE", "x".repeat(70 * 1024)));
    }

    /** An input-stream publisher has no known length, so the client must send the body chunked. */
    private HttpResponse<String> sendChunked(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(probe)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
