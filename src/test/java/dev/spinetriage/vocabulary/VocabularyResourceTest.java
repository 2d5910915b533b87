package dev.spinetriage.vocabulary;

import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.rules.code.Contraindication;
import dev.spinetriage.rules.code.PainLocation;
import dev.spinetriage.rules.code.RedFlag;
import dev.spinetriage.rules.code.Symptom;
import dev.spinetriage.rules.code.Therapy;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VocabularyResourceTest {

    @Inject
    AgroalDataSource database;

    @Test
    void vocabularyListsExactlyTheCodesTheApiAccepts() {
        JsonPath vocabulary = asTriageClient().when().get("/api/v1/vocabulary").then().statusCode(200)
                .extract().jsonPath();

        assertEquals(names(Symptom.values()), vocabulary.getList("SYMPTOM.code"));
        assertEquals(names(PainLocation.values()), vocabulary.getList("PAIN_LOCATION.code"));
        assertEquals(names(RedFlag.values()), vocabulary.getList("RED_FLAG.code"));
        assertEquals(names(Contraindication.values()), vocabulary.getList("CONTRAINDICATION.code"));
        assertEquals(names(Therapy.values()), vocabulary.getList("THERAPY.code"));
    }

    @Test
    void everyCodeHasALabelAndADescription() {
        asTriageClient().when().get("/api/v1/vocabulary").then().statusCode(200)
                .body("SYMPTOM.find { it.code == 'AXIAL_PAIN' }.label", notNullValue())
                .body("RED_FLAG.find { it.code == 'SADDLE_ANESTHESIA' }.description", notNullValue());
    }

    @Test
    void therapiesAreListedInCatalogueOrder() {
        asTriageClient().when().get("/api/v1/therapies").then().statusCode(200)
                .body("$", hasSize(6))
                .body("[0].code", equalTo("EPIDURAL_STEROID_INJECTION"))
                .body("code", hasItem("REGENERATIVE_INJECTION"));
    }

    @Test
    void therapyDescribesHowItIsGivenAndItsEvidence() {
        asTriageClient().when().get("/api/v1/therapies/RADIOFREQUENCY_ABLATION").then().statusCode(200)
                .body("purpose", equalTo("THERAPEUTIC"))
                .body("unlockedBy", equalTo("MEDIAL_BRANCH_BLOCK"))
                .body("administration", notNullValue())
                .body("evidence[0].level", equalTo("MODERATE"));
    }

    @Test
    void unknownTherapyIsANotFoundProblem() {
        asTriageClient().when().get("/api/v1/therapies/ACUPUNCTURE").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void servedSnomedConceptsEqualTheDatabaseAndEveryIdPassesTheVerhoeffCheck() throws SQLException {
        JsonPath vocabulary = asTriageClient().when().get("/api/v1/vocabulary").then().statusCode(200)
                .extract().jsonPath();
        Map<String, String> served = new HashMap<>();
        for (String category : vocabulary.getMap("$").keySet().stream().map(Object::toString).toList()) {
            for (Map<String, Object> code : vocabulary.<Map<String, Object>>getList(category)) {
                served.put(category + "/" + code.get("code"), code.get("snomedCtId") + "|" + code.get("snomedCtDisplay"));
            }
        }

        Map<String, String> stored = snomed("SELECT category || '/' || code, snomed_ct_id, snomed_ct_display "
                + "FROM vocabulary_code");
        assertEquals(124, stored.size()); // 74 codes of V2, 50 of V13
        assertEquals(stored, served);
        long mapped = stored.values().stream().filter(v -> !v.startsWith("null|")).count();
        assertEquals(30, mapped);
        assertVerhoeffValid(stored);
        assertEquals("279039007|Low back pain", served.get("PAIN_LOCATION/LOWER_BACK"));
        assertEquals("null|null", served.get("SYMPTOM/AXIAL_PAIN"));
        assertEquals("77386006|Pregnancy", served.get("CONTRAINDICATION/PREGNANCY"));
        assertEquals("266987004|History of malignant neoplasm", served.get("RED_FLAG/HISTORY_OF_CANCER"));
    }

    @Test
    void servedTherapiesCarryTheirStoredSnomedConcept() throws SQLException {
        List<Map<String, Object>> therapies = asTriageClient().when().get("/api/v1/therapies").then()
                .statusCode(200).extract().jsonPath().getList("$");
        Map<String, String> served = new HashMap<>();
        for (Map<String, Object> t : therapies) {
            served.put(t.get("code").toString(), t.get("snomedCtId") + "|" + t.get("snomedCtDisplay"));
        }

        Map<String, String> stored = snomed("SELECT code, snomed_ct_id, snomed_ct_display FROM therapy");
        assertEquals(stored, served);
        assertVerhoeffValid(stored);
    }

    private Map<String, String> snomed(String sql) throws SQLException {
        Map<String, String> byKey = new HashMap<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                byKey.put(rows.getString(1), rows.getString(2) + "|" + rows.getString(3));
            }
        }
        return byKey;
    }

    private static void assertVerhoeffValid(Map<String, String> idsAndDisplays) {
        idsAndDisplays.forEach((key, value) -> {
            String id = value.substring(0, value.indexOf('|'));
            if (!id.equals("null")) {
                assertTrue(Verhoeff.isValid(id), key + ": " + id + " fails the Verhoeff check");
            }
        });
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
