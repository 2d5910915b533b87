package dev.spinetriage.vocabulary;

import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinetriage.rules.code.Contraindication;
import dev.spinetriage.rules.code.PainLocation;
import dev.spinetriage.rules.code.RedFlag;
import dev.spinetriage.rules.code.Symptom;
import dev.spinetriage.rules.code.Therapy;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VocabularyResourceTest {

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

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
