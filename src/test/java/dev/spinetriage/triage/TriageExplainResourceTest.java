package dev.spinetriage.triage;

import static dev.spinetriage.platform.security.TestKeys.asAdmin;
import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TriageExplainResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource database;

    private static JsonPath explain(String body) {
        return explain(body, false);
    }

    private static JsonPath explain(String body, boolean includeHazards) {
        return asTriageClient().contentType("application/json").queryParam("includeHazards", includeHazards)
                .body(body).when().post("/api/v1/triage/explain").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void explainSaysWhyEsiIsDeferredAndThatFourWeeksOfPainWouldMakeItACandidate() {
        JsonPath explanation = explain(ExplainExamples.EARLY_SCIATICA);

        String esi = "therapies.find { it.therapy == 'EPIDURAL_STEROID_INJECTION' }";
        assertEquals("DEFERRED", explanation.getString(esi + ".status"));
        assertEquals(List.of("ESI-IND-RADICULAR"), explanation.getList(esi + ".supporting.ruleId"));
        assertEquals(List.of("ESI-PRE-PAIN-DURATION"), explanation.getList(esi + ".conflicting.ruleId"));
        assertEquals("3", explanation.getString(esi + ".conflicting[0].inputs[0].value"));
        assertEquals("CANDIDATE", explanation.getString(
                esi + ".whatIfs.find { it.field == 'durationWeeks' && it.value == '4' }.status"));
        assertTrue(explanation.getInt("reevaluations") > 0);
    }

    @Test
    void everyWhatIfIsWhatATriageOfTheChangedRequestAnswers() throws Exception {
        String body = ExplainExamples.EARLY_SCIATICA;
        JsonPath explanation = explain(body, true);

        int checked = 0;
        for (Map<String, Object> therapy : explanation.<Map<String, Object>>getList("therapies")) {
            for (Map<String, String> whatIf : explanation.<Map<String, String>>getList(
                    "therapies.find { it.therapy == '" + therapy.get("therapy") + "' }.whatIfs")) {
                JsonPath triage = asTriageClient().contentType("application/json").body(changed(body, whatIf))
                        .when().post("/api/v1/triage").then().statusCode(201).extract().jsonPath();
                assertEquals(whatIf.get("status"), status(triage, therapy.get("therapy").toString()),
                        therapy.get("therapy") + " " + whatIf);
                checked++;
            }
        }
        assertTrue(checked >= 10, "only " + checked + " what-ifs");
    }

    @Test
    void explainStoresNoTriage() throws SQLException {
        long before = triageRecords();

        explain(ExplainExamples.EARLY_SCIATICA);

        assertEquals(before, triageRecords());
    }

    @Test
    void unknownFieldIsRejectedLikeATriage() {
        asTriageClient().contentType("application/json")
                .body("{\"patient\": {\"ageYears\": 40}, \"symptoms\": [\"AXIAL_PAIN\"], \"painLocations\": "
                        + "[\"NECK\"], \"whatIf\": true}")
                .when().post("/api/v1/triage/explain").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("whatIf"));
    }

    @Test
    void unknownCodeAndMissingRequiredFieldsAreRejectedFieldByField() {
        asTriageClient().contentType("application/json")
                .body("{\"patient\": {\"ageYears\": 40}, \"symptoms\": [\"HEADACHE\"], \"painLocations\": [\"NECK\"]}")
                .when().post("/api/v1/triage/explain").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("symptoms[0]"));
        asTriageClient().contentType("application/json").body("{\"patient\": {\"ageYears\": 40}}")
                .when().post("/api/v1/triage/explain").then().statusCode(400)
                .contentType("application/problem+json").body("errors.size()", greaterThan(1));
    }

    @Test
    void explainNeedsAKeyAndARulesAdminMayUseItToo() {
        given().contentType("application/json").body(ExplainExamples.EARLY_SCIATICA)
                .when().post("/api/v1/triage/explain").then().statusCode(401)
                .contentType("application/problem+json");
        asAdmin().contentType("application/json").body(ExplainExamples.EARLY_SCIATICA)
                .when().post("/api/v1/triage/explain").then().statusCode(200)
                .body("therapies.size()", equalTo(6));
    }

    /** Where a triage answer puts the therapy, in the explanation's terms. */
    private static String status(JsonPath triage, String therapy) {
        for (String list : List.of("candidates", "deferred", "excluded")) {
            if (triage.getList(list + ".therapy").contains(therapy)) {
                return switch (list) {
                    case "candidates" -> "CANDIDATE";
                    case "deferred" -> "DEFERRED";
                    default -> "EXCLUDED";
                };
            }
        }
        return "NOT_INDICATED";
    }

    /** The request with the what-if's one change made, as a client would make it. */
    private static String changed(String body, Map<String, String> whatIf) throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(body);
        String field = whatIf.get("field");
        String value = whatIf.get("value");
        if (field.startsWith("priorInjections")) {
            changePriorInjections(request, whatIf.get("change"), field, value);
            return request.toString();
        }
        String[] path = field.split("\\.");
        ObjectNode parent = request;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
        }
        String leaf = path[path.length - 1];
        switch (whatIf.get("change")) {
            case "ADD" -> (parent.has(leaf) ? (ArrayNode) parent.get(leaf) : parent.putArray(leaf)).add(value);
            case "REMOVE" -> {
                ArrayNode codes = (ArrayNode) parent.get(leaf);
                for (int i = 0; i < codes.size(); i++) {
                    if (codes.get(i).asText().equals(value)) {
                        codes.remove(i);
                    }
                }
            }
            default -> parent.set(leaf, value.matches("-?\\d+|true|false") ? JSON.readTree(value)
                    : JSON.getNodeFactory().textNode(value));
        }
        return request.toString();
    }

    private static void changePriorInjections(ObjectNode request, String change, String field, String value) {
        ArrayNode injections = request.has("priorInjections") ? (ArrayNode) request.get("priorInjections")
                : request.putArray("priorInjections");
        if (change.equals("REMOVE")) {
            injections.remove(Integer.parseInt(field.replaceAll("\\D", "")));
            return;
        }
        // "THERAPY, relief N%, W weeks ago[, REGION][, relief lasted H h]"
        String[] parts = value.split(", ");
        ObjectNode injection = injections.addObject().put("therapy", parts[0])
                .put("reliefPercent", Integer.parseInt(parts[1].replaceAll("\\D", "")))
                .put("weeksAgo", Integer.parseInt(parts[2].replaceAll("\\D", "")));
        for (int i = 3; i < parts.length; i++) {
            if (parts[i].startsWith("relief lasted")) {
                injection.put("reliefDurationHours", Integer.parseInt(parts[i].replaceAll("\\D", "")));
            } else {
                injection.put("region", parts[i]);
            }
        }
    }

    private long triageRecords() throws SQLException {
        try (Connection c = database.getConnection();
                ResultSet rows = c.createStatement().executeQuery("SELECT count(*) FROM triage_record")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
