package dev.spinetriage.platform.logging;

import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a patient reports never reaches the log at INFO or above; that a request happened, and its id, does. */
@QuarkusTest
class LogPrivacyResourceTest {

    /**
     * Values no log line would hold by chance: the request's codes and its unusual numbers, matched as whole words
     * so that "14321 bytes" in an access log is not taken for a duration. (An age is at most 3 digits, too common
     * in timings to check.)
     */
    private static final List<String> PATIENT_VALUES = List.of("4321", "3777", "2999",
            "SACROILIAC_REGION", "BUTTOCK", "BURNING_PAIN", "ANTICOAGULANT_THERAPY", "ROTATION",
            "REGENERATIVE_INJECTION");

    private static final String PATIENT = """
            {"patient": {"ageYears": 117, "sex": "FEMALE"}, "symptoms": ["BURNING_PAIN"],
             "painLocations": ["SACROILIAC_REGION", "BUTTOCK"], "durationWeeks": 4321,
             "aggravatingFactors": ["ROTATION"],
             "conservativeCare": {"weeks": 3777},
             "priorInjections": [{"therapy": "REGENERATIVE_INJECTION", "reliefPercent": 83, "weeksAgo": 2999}],
             "contraindications": ["ANTICOAGULANT_THERAPY"]}""";

    @Test
    void triagingAPatientLogsNoneOfTheRequestsValues() {
        try (CapturedLog log = CapturedLog.open()) {
            String requestId = asTriageClient().header("X-Request-Id", "privacy-check-1").contentType(ContentType.JSON)
                    .body(PATIENT).post("/api/v1/triage").then().statusCode(201).extract().header("X-Request-Id");

            List<CapturedLog.Line> lines = awaitLineWithRequestId(log, requestId);
            for (CapturedLog.Line line : lines) {
                for (String value : PATIENT_VALUES) {
                    assertFalse(Pattern.compile("\\b" + value + "\\b").matcher(line.message()).find(),
                            "log line holds '" + value + "': " + line);
                }
            }
        }
    }

    private static List<CapturedLog.Line> awaitLineWithRequestId(CapturedLog log, String requestId) {
        // A log line written when a response ends may trail the response.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10)).untilAsserted(() -> assertTrue(
                log.lines().stream().anyMatch(l -> requestId.equals(l.requestId())),
                () -> "no log line with request id " + requestId + " in " + log.lines()));
        return log.lines();
    }
}
