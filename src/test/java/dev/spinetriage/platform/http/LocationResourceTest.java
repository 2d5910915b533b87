package dev.spinetriage.platform.http;

import static org.hamcrest.Matchers.matchesPattern;

import dev.spinetriage.ShippedRuleset;
import dev.spinetriage.platform.security.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every 201's Location is a path on this service, whatever Host header the client sent. */
@QuarkusTest
class LocationResourceTest {

    private static final String EVIL_HOST = "evil.example";

    @Test
    void aTriageLocationIgnoresTheHostHeader() {
        TestKeys.asTriageClient().header("Host", EVIL_HOST).contentType("application/json").body("""
                {"patient": {"ageYears": 45}, "symptoms": ["AXIAL_PAIN"], "painLocations": ["LOWER_BACK"]}""")
                .post("/api/v1/triage").then().statusCode(201)
                .header("Location", matchesPattern("^/api/v1/triage/[0-9a-f-]{36}$"));
    }

    @Test
    void adminLocationsArePathsToo() {
        TestKeys.asAdmin().header("Host", EVIL_HOST).contentType("application/json")
                .body("{\"name\": \"location test\", \"roles\": [\"triage\"]}")
                .post("/api/v1/admin/api-keys").then().statusCode(201)
                .header("Location", matchesPattern("^/api/v1/admin/api-keys/[0-9a-f-]{36}$"));
        String version = "loc-" + UUID.randomUUID().toString().substring(0, 8);
        TestKeys.asAdmin().header("Host", EVIL_HOST).contentType("application/json")
                .body("{\"version\": \"" + version + "\", \"changeNote\": \"location\", \"copyFrom\": \""
                        + ShippedRuleset.VERSION + "\"}")
                .post("/api/v1/admin/rulesets").then().statusCode(201)
                .header("Location", matchesPattern("^/api/v1/admin/rulesets/" + version + "$"));
    }
}
