package dev.spinetriage.triage;

import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.ShippedRuleset;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TriageResourceTest {

    private static final String RADICULAR = TriageExamples.LUMBAR_RADICULAR;

    @Inject
    AgroalDataSource database;

    private static ValidatableResponse post(String body) {
        return asTriageClient().contentType("application/json").body(body).when().post("/api/v1/triage").then();
    }

    @Test
    void triageIsRecordedInPostgresBeforeItIsReturned() throws Exception {
        String id = post(RADICULAR).statusCode(201).header("Location", containsString("/api/v1/triage/"))
                .extract().path("triageId");

        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT disposition, ruleset_version, response::json->>'triageId' FROM triage_record WHERE triage_id = ?")) {
            s.setObject(1, UUID.fromString(id));
            ResultSet row = s.executeQuery();
            row.next();
            assertEquals("INTERVENTIONAL_CANDIDATE", row.getString(1));
            assertEquals(ShippedRuleset.VERSION, row.getString(2));
            assertEquals(id, row.getString(3));
        }
    }

    @Test
    void triageIdsAreTimeOrderedUuidsOfTheMillisecondTheTriageWasMade() {
        var first = io.restassured.path.json.JsonPath.from(post(RADICULAR).statusCode(201).extract().asString());
        var second = io.restassured.path.json.JsonPath.from(post(RADICULAR).statusCode(201).extract().asString());

        UUID firstId = UUID.fromString(first.getString("triageId"));
        UUID secondId = UUID.fromString(second.getString("triageId"));
        assertEquals(Instant.parse(first.getString("createdAt")).truncatedTo(ChronoUnit.MILLIS),
                TriageIdsTest.millisecondOf(firstId));
        // Made later, sorts later (or in the same millisecond): new records land at the end of the primary key's index.
        assertTrue(Long.compareUnsigned(firstId.getMostSignificantBits() >>> 16,
                secondId.getMostSignificantBits() >>> 16) <= 0);
    }

    @Test
    void theQuestionnaireResponseExampleIsTriagedAsTheJsonExampleItStandsFor() {
        var json = io.restassured.path.json.JsonPath.from(post(RADICULAR).statusCode(201).extract().asString());

        var fhir = io.restassured.path.json.JsonPath.from(asTriageClient().contentType("application/fhir+json")
                .body(TriageExamples.QUESTIONNAIRE_RESPONSE).post("/api/v1/triage").then().statusCode(201)
                .extract().asString());
        for (String part : new String[] {"disposition", "redFlags", "candidates", "deferred", "excluded",
            "followUpQuestions"}) {
            assertEquals(json.getString(part), fhir.getString(part), part);
        }
    }

    @Test
    void storedTriageReadsBackExactlyAsItWasSent() {
        String sent = post(RADICULAR).statusCode(201).extract().asString();
        String id = io.restassured.path.json.JsonPath.from(sent).getString("triageId");

        String read = asTriageClient().when().get("/api/v1/triage/" + id).then().statusCode(200).extract().asString();

        assertEquals(io.restassured.path.json.JsonPath.from(sent).getMap(""),
                io.restassured.path.json.JsonPath.from(read).getMap(""));
    }

    @Test
    void recordHoldsTheAnswerByteForByteAndItsTimestampExactly() throws Exception {
        String sent = post(RADICULAR).statusCode(201).extract().asString();
        String id = io.restassured.path.json.JsonPath.from(sent).getString("triageId");
        String createdAt = io.restassured.path.json.JsonPath.from(sent).getString("createdAt");

        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT response::text, created_at = ?::timestamptz, (response::json->>'createdAt')::timestamptz = created_at "
                        + "FROM triage_record WHERE triage_id = ?")) {
            s.setString(1, createdAt);
            s.setObject(2, UUID.fromString(id));
            ResultSet row = s.executeQuery();
            row.next();
            assertEquals(sent, row.getString(1), "stored as sent (text, V19), not re-encoded");
            assertEquals(true, row.getBoolean(2), "created_at column equals the answer's createdAt");
            assertEquals(true, row.getBoolean(3));
        }
        String read = asTriageClient().when().get("/api/v1/triage/" + id).then().statusCode(200).extract().asString();
        assertEquals(sent, read, "read back byte for byte");
    }

    @Test
    void createdTriageNamesItsLocation() {
        String location = post(RADICULAR).statusCode(201).extract().header("Location");
        asTriageClient().when().get(location).then().statusCode(200)
                .body("disposition", equalTo("INTERVENTIONAL_CANDIDATE"));
    }

    @Test
    void answerCarriesTheDisclaimerAndTheRulesetVersion() {
        post(RADICULAR).statusCode(201)
                .body("disclaimer", containsString("not a diagnosis"))
                .body("rulesetVersion", equalTo(ShippedRuleset.VERSION));
    }

    @Test
    void contraindicationIsShownAsACautionWithItsSource() {
        post(RADICULAR).statusCode(201)
                .body("candidates[0].therapy", equalTo("EPIDURAL_STEROID_INJECTION"))
                .body("candidates[0].cautions.code", hasItem("ANTICOAGULANT_THERAPY"))
                .body("candidates[0].cautions.find { it.code == 'ANTICOAGULANT_THERAPY' }.source",
                        equalTo("ASRA-ANTICOAG-2018"));
    }

    @Test
    void missingInputThatWouldChangeTheAnswerBecomesAFollowUpQuestion() {
        post("""
                {"patient": {"ageYears": 51}, "symptoms": ["AXIAL_PAIN"],
                 "painLocations": ["SACROILIAC_REGION", "BUTTOCK"], "durationWeeks": 20,
                 "conservativeCare": {"weeks": 12}}""").statusCode(201)
                .body("deferred.find { it.therapy == 'SACROILIAC_JOINT_INJECTION' }.unmetPrerequisites[0].status",
                        equalTo("NOT_REPORTED"))
                .body("followUpQuestions.field", hasItem("clinicalFindings.sacroiliacProvocationPositive"))
                .body("disposition", equalTo("SPECIALIST_REVIEW"));
    }

    @Test
    void pregnancyDefersTheEpiduralInsteadOfOfferingIt() {
        post("""
                {"patient": {"ageYears": 33, "pregnant": true}, "symptoms": ["RADIATING_PAIN"],
                 "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"], "durationWeeks": 8, "painScore": 6,
                 "conservativeCare": {"weeks": 6}}""").statusCode(201)
                .body("candidates.therapy", org.hamcrest.Matchers.not(hasItem("EPIDURAL_STEROID_INJECTION")))
                .body("deferred.find { it.therapy == 'EPIDURAL_STEROID_INJECTION' }.unmetPrerequisites.code",
                        hasItem("NOT_DURING_PREGNANCY"));
    }

    @Test
    void redFlagBlocksEveryInjection() {
        post(TriageExamples.CAUDA_EQUINA).statusCode(201)
                .body("disposition", equalTo("EMERGENCY"))
                .body("candidates", org.hamcrest.Matchers.empty())
                .body("excluded[0].reasons[0].code", equalTo("RED_FLAG_MUST_BE_CLEARED"))
                .body("redFlags[0].triggeredBy", hasItem("SADDLE_ANESTHESIA"));
    }

    @Test
    void unknownTriageIdIsANotFoundProblem() {
        asTriageClient().when().get("/api/v1/triage/" + UUID.randomUUID()).then()
                .statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void unknownCodeIsRejectedNamingTheFieldAndTheAllowedCodes() {
        post("{\"patient\": {\"ageYears\": 40}, \"symptoms\": [\"HEADACHE\"], \"painLocations\": [\"NECK\"]}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("symptoms[0]"))
                .body("errors[0].message", containsString("AXIAL_PAIN"));
    }

    @Test
    void unknownFieldIsRejectedNotIgnored() {
        post("{\"patient\": {\"ageYears\": 40, \"weight\": 80}, \"symptoms\": [\"AXIAL_PAIN\"],"
                + " \"painLocations\": [\"NECK\"]}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("patient.weight"));
    }

    @Test
    void numbersOutOfRangeAreRejectedFieldByField() {
        post("""
                {"patient": {"ageYears": 140}, "symptoms": ["AXIAL_PAIN"], "painLocations": ["NECK"],
                 "painScore": 11, "durationWeeks": -1,
                 "priorInjections": [{"therapy": "MEDIAL_BRANCH_BLOCK", "reliefPercent": 101, "weeksAgo": 3}]}""")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("patient.ageYears"))
                .body("errors.field", hasItem("painScore"))
                .body("errors.field", hasItem("durationWeeks"))
                .body("errors.field", hasItem("priorInjections[0].reliefPercent"));
    }

    @Test
    void requiredFieldsAreNamedWhenMissing() {
        post("{\"patient\": {}, \"symptoms\": []}").statusCode(400)
                .body("errors.field", hasItem("patient.ageYears"))
                .body("errors.field", hasItem("symptoms"))
                .body("errors.field", hasItem("painLocations"));
    }

    @Test
    void duplicateCodesAreRejected() {
        post("{\"patient\": {\"ageYears\": 40}, \"symptoms\": [\"AXIAL_PAIN\", \"AXIAL_PAIN\"],"
                + " \"painLocations\": [\"NECK\"]}")
                .statusCode(400).body("errors.field", hasItem("symptoms"));
    }

    @Test
    void numberSentAsAStringIsRejectedNotCoerced() {
        post("{\"patient\": {\"ageYears\": \"40\"}, \"symptoms\": [\"AXIAL_PAIN\"], \"painLocations\": [\"NECK\"]}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("patient.ageYears"))
                .body("detail", not(containsString("Exception")));
    }
}
