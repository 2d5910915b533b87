package dev.spinetriage.info;

import static dev.spinetriage.platform.security.TestKeys.asAdmin;
import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.ShippedRuleset;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InfoResourceTest {

    private static final String SHIPPED = ShippedRuleset.VERSION;

    private static JsonPath info() {
        return asTriageClient().when().get("/api/v1/info").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void infoNamesTheOpenApiVersionTheMavenVersionAndTheShippedRuleset() throws Exception {
        JsonPath info = info();

        String openApiVersion = given().accept("application/json").when().get("/q/openapi?format=json").then()
                .statusCode(200).extract().path("info.version");
        assertEquals(openApiVersion, info.getString("apiVersion"));
        assertEquals(mavenProjectVersion(), info.getString("buildVersion"));
        assertEquals(SHIPPED, info.getString("activeRuleset.version"));
        OffsetDateTime publishedAt = OffsetDateTime.parse(info.getString("activeRuleset.publishedAt"));
        assertTrue(publishedAt.isBefore(OffsetDateTime.now().plusMinutes(1)), publishedAt.toString());
    }

    @Test
    void infoFollowsAnAdminPublishingAndRollingBack() {
        String before = info().getString("activeRuleset.publishedAt");
        String draft = "info-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().contentType("application/json")
                .body("{\"version\": \"" + draft + "\", \"changeNote\": \"info test\", \"copyFrom\": \"" + SHIPPED
                        + "\"}")
                .when().post("/api/v1/admin/rulesets").then().statusCode(201);
        try {
            asAdmin().when().post("/api/v1/admin/rulesets/" + draft + "/publish").then().statusCode(200);

            JsonPath published = info();
            assertEquals(draft, published.getString("activeRuleset.version"));
            assertNotEquals(before, published.getString("activeRuleset.publishedAt"));
        } finally {
            asAdmin().when().post("/api/v1/admin/rulesets/" + SHIPPED + "/activate").then().statusCode(200);
        }
        JsonPath rolledBack = info();
        assertEquals(SHIPPED, rolledBack.getString("activeRuleset.version"));
        assertEquals(before, rolledBack.getString("activeRuleset.publishedAt"));
    }

    @Test
    void infoNeedsAValidKeyOfEitherRole() {
        given().when().get("/api/v1/info").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer st_not-a-key").when().get("/api/v1/info").then().statusCode(401);
        asAdmin().when().get("/api/v1/info").then().statusCode(200);
    }

    /** The project's own version from pom.xml, the one Quarkus reports as quarkus.application.version. */
    private static String mavenProjectVersion() throws Exception {
        Matcher version = Pattern.compile("<artifactId>spine-triage</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(version.find(), "no project version in pom.xml");
        return version.group(1);
    }
}
