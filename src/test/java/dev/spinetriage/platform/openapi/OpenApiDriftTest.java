package dev.spinetriage.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * /q/openapi serves the committed openapi/openapi.yaml as written: no scanned annotation, filter or setting adds to
 * it or changes it. (That the document matches the resources is OpenApiRoutesTest's and the response validation's.)
 */
@QuarkusTest
class OpenApiDriftTest {

    @Test
    void servedDocumentIsTheCommittedFile() throws Exception {
        String served = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals(OpenApiContract.committed(), new ObjectMapper(new YAMLFactory()).readTree(served),
                "/q/openapi differs from " + OpenApiContract.COMMITTED);
    }
}
