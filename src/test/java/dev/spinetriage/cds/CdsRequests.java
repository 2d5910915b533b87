package dev.spinetriage.cds;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/** CDS Hooks requests built from the FHIR prefetch files in src/test/resources/cds. */
final class CdsRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CdsRequests() {
    }

    /** A patient-view request for the patient of the prefetch file, e.g. "prefetch-radicular.json". */
    static ObjectNode patientView(String prefetchFile) {
        ObjectNode prefetch = (ObjectNode) resource(prefetchFile);
        String patientId = prefetch.path("patient").path("id").asText();
        ObjectNode request = JSON.createObjectNode();
        request.put("hook", "patient-view");
        request.put("hookInstance", UUID.randomUUID().toString());
        request.put("fhirServer", "https://ehr.test.example/fhir");
        request.putObject("context").put("userId", "Practitioner/test-1").put("patientId", patientId);
        request.set("prefetch", prefetch);
        return request;
    }

    static com.fasterxml.jackson.databind.JsonNode resource(String file) {
        try (InputStream in = CdsRequests.class.getResourceAsStream("/cds/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource cds/" + file);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request with a fresh valid JWT for {@code path}. */
    static RequestSpecification asEhr(String path) {
        return given().header("Authorization", "Bearer " + CdsTestIssuer.token(path)).contentType(ContentType.JSON);
    }
}
