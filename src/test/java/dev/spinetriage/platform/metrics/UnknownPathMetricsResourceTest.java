package dev.spinetriage.platform.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.platform.security.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Paths a client invents, whatever they are answered, never become uri labels of their own on /q/metrics. */
@QuarkusTest
class UnknownPathMetricsResourceTest {

    private static final Pattern URI_LABEL = Pattern.compile("^http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"",
            Pattern.MULTILINE);

    @Test
    void twentyInventedPathsAddNoTwentySeries() {
        String marker = "invented-" + UUID.randomUUID().toString().substring(0, 8);
        int before = uris().size();
        for (int i = 0; i < 5; i++) {
            given().get("/" + marker + "/" + i).then().statusCode(404);
            given().get("/api/v1/admin/" + marker + "-" + i).then().statusCode(401);
            TestKeys.asTriageClient().get("/api/v1/admin/" + marker + "/" + i).then().statusCode(403);
            given().urlEncodingEnabled(false).get("/api/v1/" + marker + "%00" + i).then().statusCode(400);
        }

        Set<String> after = uris();
        assertTrue(after.stream().noneMatch(uri -> uri.contains(marker)), after.toString());
        assertTrue(after.size() <= before + 3, before + " series before, now " + after);
    }

    @Test
    void aKnownRouteKeepsItsTemplate() {
        TestKeys.asTriageClient().get("/api/v1/triage/" + UUID.randomUUID()).then().statusCode(404);
        TestKeys.asTriageClient().get("/api/v1/vocabulary").then().statusCode(200);
        assertTrue(uris().contains("/api/v1/vocabulary"), uris().toString());
        assertEquals(true, uris().contains("/api/v1/triage/{triageId}") || uris().contains("NOT_FOUND"));
    }

    private static Set<String> uris() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = URI_LABEL.matcher(metrics);
        return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
    }
}
