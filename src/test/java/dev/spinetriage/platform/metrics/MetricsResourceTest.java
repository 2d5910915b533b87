package dev.spinetriage.platform.metrics;

import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.ShippedRuleset;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** /q/metrics, in Prometheus format, counts triages by disposition and candidate, times them, names the ruleset. */
@QuarkusTest
class MetricsResourceTest {

    private static final String RED_FLAGS = """
            {"patient": {"ageYears": 38}, "symptoms": ["RADIATING_PAIN", "WEAKNESS"],
             "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"], "redFlags": ["SADDLE_ANESTHESIA"]}""";

    @Test
    void aTriageIsCountedByItsDispositionAndTimed() {
        double before = sample("spinetriage_triage_total{disposition=\"EMERGENCY\"}");
        long timedBefore = (long) sample("spinetriage_triage_duration_seconds_count");

        asTriageClient().contentType(ContentType.JSON).body(RED_FLAGS).post("/api/v1/triage").then().statusCode(201)
                .body("disposition", is("EMERGENCY"));

        assertEquals(before + 1, sample("spinetriage_triage_total{disposition=\"EMERGENCY\"}"));
        assertTrue(sample("spinetriage_triage_duration_seconds_count") >= timedBefore + 1);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("spinetriage_triage_duration_seconds_bucket{le="));
    }

    @Test
    void theActiveRulesetVersionIsALabel() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("spinetriage_ruleset_active_info{version=\"" + ShippedRuleset.VERSION + "\"} 1.0"));
    }

    @Test
    void aRejectedRequestIsCountedByItsProblemType() {
        String series = "spinetriage_http_problems_total{status=\"415\",type=\"unsupported-media-type\"}";
        double before = sample(series);

        asTriageClient().contentType(ContentType.TEXT).body("hello").post("/api/v1/triage").then().statusCode(415);

        assertEquals(before + 1, sample(series));
    }

    /** The value of one exact series, 0 when it does not exist yet. */
    private static double sample(String series) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
