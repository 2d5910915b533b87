package dev.spinetriage.platform.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.ShippedRuleset;
import dev.spinetriage.cds.CdsTestIssuer;
import dev.spinetriage.platform.security.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request in the hostile-input corpus gets the 4xx its case file expects, as problem+json that names the
 * problem and quotes the request id: never a 5xx, never HTML, never a stack trace or a Java class name.
 */
@QuarkusTest
class HostileInputResourceTest {

    private static final String PROBLEMS = "https://spinetriage.dev/problems/";
    private static final String RULE = "ESI-PRE-PAIN-DURATION";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static String draft;
    private static String card;

    @TestHTTPResource("/")
    URI base;

    static List<HostileCase> corpus() {
        return HostileCase.all();
    }

    @Test
    void theCorpusHoldsAtLeastSixtyCasesAllExpectingA4xx() {
        List<HostileCase> corpus = corpus();
        assertTrue(corpus.size() >= 60, "only " + corpus.size() + " cases");
        corpus.forEach(c -> assertTrue(c.expectStatus() >= 400 && c.expectStatus() < 500, c.name()));
    }

    @Test
    void theCorpusSendsAtLeastFifteenCasesToTheCdsHooksServiceAndFifteenToItsFeedback() {
        List<HostileCase> cds = corpus().stream().filter(HostileCase::isCdsHooks).toList();
        long feedback = cds.stream().filter(c -> c.path("", "").endsWith("/feedback")).count();
        assertTrue(cds.size() - feedback >= 15, "only " + (cds.size() - feedback) + " service cases");
        assertTrue(feedback >= 15, "only " + feedback + " feedback cases");
    }

    @Test
    void theCorpusSendsAtLeastThirtyQuestionnaireResponsesToTheTriage() {
        long fhir = corpus().stream().filter(HostileCase::isFhirTriage).count();
        assertTrue(fhir >= 30, "only " + fhir + " FHIR triage cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyHostileRequestGetsTheExpectedProblem(HostileCase hostile) throws Exception {
        String path = hostile.path(draft(), RULE);
        HttpResponse<String> response = HTTP.send(hostile.request(base, path, hostile.needsCard() ? card() : null,
                bearer(hostile.auth(), path)), HttpResponse.BodyHandlers.ofString());

        String body = response.body();
        assertEquals(hostile.expectStatus(), response.statusCode(), body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "Content-Type " + response.headers().firstValue("Content-Type"));
        assertFalse(body.toLowerCase().contains("<html"), body);
        assertFalse(body.contains("\tat ") || body.contains("java.") || body.contains("com.fasterxml")
                || body.contains("dev.spinetriage") || body.contains("Exception"), body);
        JsonPath problem = JsonPath.from(body);
        assertEquals(hostile.expectStatus(), problem.getInt("status"));
        assertEquals(response.headers().firstValue("X-Request-Id").orElseThrow(), problem.getString("requestId"));
        assertFalse(problem.getString("title").isBlank(), body);
        assertFalse(problem.getString("detail").isBlank(), body);
        if (hostile.expectType() != null) {
            assertEquals(PROBLEMS + hostile.expectType(), problem.getString("type"), body);
        }
        if (hostile.expectField() != null) {
            assertTrue(problem.getList("errors.field", String.class).contains(hostile.expectField()), body);
        }
    }

    /** A CDS client's JWT is good for one call (its jti is refused the second time), so each case signs its own. */
    private static String bearer(String auth, String path) {
        return switch (auth) {
            case "admin" -> TestKeys.adminKey();
            case "cds" -> CdsTestIssuer.token(path);
            case "none" -> null;
            default -> TestKeys.triageKey();
        };
    }

    /** One draft for the whole corpus: the hostile requests are refused, so they never change it. */
    private static synchronized String draft() {
        if (draft == null) {
            draft = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
            TestKeys.asAdmin().contentType("application/json")
                    .body("{\"version\": \"" + draft + "\", \"changeNote\": \"hostile corpus\", \"copyFrom\": "
                            + "\"" + ShippedRuleset.VERSION + "\"}")
                    .post("/api/v1/admin/rulesets").then().statusCode(201);
        }
        return draft;
    }

    /** A card the test issuer was sent, for feedback cases whose hostility needs a card that exists. */
    private static synchronized String card() {
        if (card == null) {
            String path = CdsTestIssuer.SERVICE_PATH;
            String request = "{\"hook\": \"patient-view\", \"hookInstance\": \"" + UUID.randomUUID()
                    + "\", \"context\": {\"userId\": \"Practitioner/1\", \"patientId\": \"red-flag-1\"}, "
                    + "\"prefetch\": " + resource("/cds/prefetch-red-flag.json") + "}";
            card = given().header("Authorization", "Bearer " + CdsTestIssuer.token(path))
                    .contentType("application/json").body(request)
                    .post(path).then().statusCode(200).extract().path("cards[0].uuid");
        }
        return card;
    }

    private static String resource(String name) {
        try (InputStream in = HostileInputResourceTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
