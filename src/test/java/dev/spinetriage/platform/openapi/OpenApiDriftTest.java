package dev.spinetriage.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi/openapi.yaml is the contract: the document the service serves must equal it. When an
 * endpoint changes, this test fails and writes the served document to target/openapi-served.yaml to review and copy.
 */
@QuarkusTest
class OpenApiDriftTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
    private static final Path SERVED = Path.of("target", "openapi-served.yaml");

    @Test
    void servedDocumentEqualsTheCommittedSpec() throws Exception {
        String served = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode committed = Files.exists(COMMITTED) ? yaml.readTree(COMMITTED.toFile()) : null;
        if (!yaml.readTree(served).equals(committed)) {
            Files.createDirectories(SERVED.getParent());
            Files.writeString(SERVED, served);
            fail("The served OpenAPI document differs from " + COMMITTED + ". Review the change, then run: cp "
                    + SERVED + " " + COMMITTED);
        }
    }
}
