package dev.spinetriage.cds;

import static dev.spinetriage.cds.CdsRequests.asEhr;
import static dev.spinetriage.cds.CdsRequests.patientView;
import static dev.spinetriage.cds.CdsTestIssuer.SERVICE_PATH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spinetriage.platform.security.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CDS Hooks flow end to end, as an EHR drives it, with the FHIR prefetch files of src/test/resources/cds:
 * discovery, a red-flag patient, a radicular patient, feedback, and the admin's summary of the feedback.
 */
@QuarkusTest
class CdsHooksResourceTest {

    @Test
    void discoveryIsPublicAndListsTheTriageServiceWithItsPrefetchTemplates() {
        given().get("/cds-services").then().statusCode(200)
                .body("services.id", hasItem("back-pain-injection-triage"))
                .body("services[0].hook", equalTo("patient-view"))
                .body("services[0].title", containsString("triage"))
                .body("services[0].prefetch.patient", equalTo("Patient/{{context.patientId}}"))
                .body("services[0].prefetch.intake", containsString("questionnaire=https://spinetriage.dev/fhir/"
                        + "Questionnaire/back-pain-intake"))
                .body("services[0].prefetch.medications", containsString("MedicationRequest?patient="))
                .body("services[0].prefetch.conditions", containsString("code=http://snomed.info/sct|"))
                .body("services[0].prefetch.conditions", containsString("|279039007"))
                .body("services[0].prefetch.conditions", containsString("|38013005")); // V11: immunosuppression
    }

    @Test
    void aRedFlagPatientGetsACriticalCardAndNoCandidate() {
        JsonPath cards = asEhr(SERVICE_PATH).body(patientView("prefetch-red-flag.json").toString())
                .post(SERVICE_PATH).then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> critical = cards.getList("cards.findAll { it.indicator == 'critical' }");
        assertFalse(critical.isEmpty(), cards.prettify());
        assertTrue(critical.stream().allMatch(c -> ((Map<?, ?>) c.get("source")).get("label").toString()
                .startsWith("Spine Triage, ruleset ")), cards.prettify());
        assertTrue(critical.stream().allMatch(c -> ((Map<?, ?>) c.get("source")).get("label").toString()
                .endsWith("US Medicare profile")), "the test issuer names no profile: the default " + cards.prettify());
        assertTrue(cards.getList("cards.source.topic.code").stream().noneMatch("candidate"::equals),
                "no candidate while a red flag stands: " + cards.prettify());
        String detail = critical.get(0).get("detail").toString();
        assertTrue(detail.contains("No injection is offered"), detail);
        assertTrue(detail.contains("bladder dysfunction"), "from the Observation coded SNOMED CT 40492006: " + detail);
    }

    @Test
    void aRadicularPatientGetsAnEpiduralSteroidInjectionCardWithTheAnticoagulantCaution() {
        JsonPath cards = asEhr(SERVICE_PATH).body(patientView("prefetch-radicular.json").toString())
                .post(SERVICE_PATH).then().statusCode(200)
                .body("cards.every { it.summary.length() <= 140 }", equalTo(true))
                .body("cards.uuid", everyItem(notNullValue()))
                .extract().jsonPath();

        Map<String, Object> esi = esiCard(cards);
        assertEquals("warning", esi.get("indicator"), "rivaroxaban (ATC B01AF01) is an anticoagulant caution");
        String detail = esi.get("detail").toString();
        assertTrue(detail.contains("ANTICOAGULANT_THERAPY") && detail.contains("**Evidence**"), detail);
        assertEquals(CdsTestIssuer.PUBLIC_BASE_URL + "/therapies/EPIDURAL_STEROID_INJECTION",
                cards.getString("cards.find { it.summary.contains('Epidural') }.links[0].url"));
        assertTrue(cards.getList("cards.find { it.summary.contains('Epidural') }.overrideReasons.code")
                .contains("clinical-judgement"));
        assertTrue(cards.getString("cards.find { it.source.topic.code == 'not-used' }.detail")
                .contains("38341003"), "the hypertension Condition is reported as not used: " + cards.prettify());
    }

    @Test
    void feedbackIsRecordedAgainstTheTriageAndSummarisedPerTherapyAndRule() {
        JsonPath cards = asEhr(SERVICE_PATH).body(patientView("prefetch-radicular.json").toString())
                .post(SERVICE_PATH).then().statusCode(200).extract().jsonPath();
        String esiUuid = esiCard(cards).get("uuid").toString();
        int before = overriddenEsiCards();

        asEhr(SERVICE_PATH + "/feedback").body("""
                {"feedback": [{"card": "%s", "outcome": "overridden", "outcomeTimestamp": "2026-11-25T10:00:00Z",
                  "overrideReason": {"reason": {"system": "https://spinetriage.dev/fhir/CodeSystem/cds-override-reason",
                    "code": "patient-declined"}, "userComment": "Prefers physiotherapy for now"}}]}
                """.formatted(esiUuid)).post(SERVICE_PATH + "/feedback").then().statusCode(200);

        assertEquals(before + 1, overriddenEsiCards());
        TestKeys.asAdmin().get("/api/v1/admin/feedback/summary").then().statusCode(200)
                .body("bySubject.find { it.code == 'EPIDURAL_STEROID_INJECTION' }.overrideReasons.patient-declined",
                        greaterThanOrEqualTo(1))
                .body("byRule.code", hasItem(startsWith("ESI-")));
    }

    @Test
    void aRepeatedFeedbackReportIsStoredOnceAndAnAcceptedCardCountsAsAccepted() {
        JsonPath cards = asEhr(SERVICE_PATH).body(patientView("prefetch-radicular.json").toString())
                .post(SERVICE_PATH).then().statusCode(200).extract().jsonPath();
        String uuid = esiCard(cards).get("uuid").toString();
        String accepted = """
                {"feedback": [{"card": "%s", "outcome": "accepted", "outcomeTimestamp": "2026-11-25T11:00:00Z",
                  "acceptedSuggestions": []}]}""".formatted(uuid);
        int before = esiCards("accepted");

        asEhr(SERVICE_PATH + "/feedback").body(accepted).post(SERVICE_PATH + "/feedback").then().statusCode(200);
        asEhr(SERVICE_PATH + "/feedback").body(accepted).post(SERVICE_PATH + "/feedback").then().statusCode(200);

        assertEquals(before + 1, esiCards("accepted"));
    }

    @Test
    void anAcceptedOutcomeWithAnOverrideReasonIsRefused() {
        JsonPath cards = asEhr(SERVICE_PATH).body(patientView("prefetch-radicular.json").toString())
                .post(SERVICE_PATH).then().statusCode(200).extract().jsonPath();

        asEhr(SERVICE_PATH + "/feedback").body("""
                {"feedback": [{"card": "%s", "outcome": "accepted", "outcomeTimestamp": "2026-11-25T11:00:00Z",
                  "overrideReason": {"reason": {"system": "https://spinetriage.dev/fhir/CodeSystem/cds-override-reason",
                    "code": "patient-declined"}}}]}""".formatted(esiCard(cards).get("uuid")))
                .post(SERVICE_PATH + "/feedback").then().statusCode(400)
                .body("errors.field", hasItem("feedback[0].overrideReason"));
    }

    @Test
    void feedbackOnACardThisClientNeverReceivedIsRefusedAndNothingIsRecorded() {
        asEhr(SERVICE_PATH + "/feedback").body("""
                {"feedback": [{"card": "6f1c1c8e-8a4e-4f57-9b55-8d9a3d2f0e11", "outcome": "accepted",
                  "outcomeTimestamp": "2026-11-25T10:00:00Z"}]}
                """).post(SERVICE_PATH + "/feedback").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("feedback[0].card"));
    }

    @Test
    void theFeedbackSummaryIsForRulesAdminsOnly() {
        TestKeys.asTriageClient().get("/api/v1/admin/feedback/summary").then().statusCode(403);
    }

    @Test
    void aMalformedFhirResourceIsA400ProblemNamingThePrefetchKey() {
        ObjectNode request = patientView("prefetch-red-flag.json");
        ((ObjectNode) request.get("prefetch").get("patient")).put("birthDate", "1988-13-45");

        asEhr(SERVICE_PATH).body(request.toString()).post(SERVICE_PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("prefetch.patient"))
                .body(allOf(not(containsString("Exception")),
                        not(containsString("ca.uhn"))));
    }

    @Test
    void anUnknownElementInAFhirResourceIsA400() {
        ObjectNode request = patientView("prefetch-red-flag.json");
        ((ObjectNode) request.get("prefetch").get("patient")).put("favouriteColour", "blue");

        asEhr(SERVICE_PATH).body(request.toString()).post(SERVICE_PATH).then().statusCode(400)
                .body("errors.field", hasItem("prefetch.patient"));
    }

    @Test
    void anIntakeAnswerOutsideTheVocabularyIsA400NamingTheItem() {
        ObjectNode request = patientView("prefetch-radicular.json");
        ((ObjectNode) request.at("/prefetch/intake/entry/0/resource/item/0/answer/0/valueCoding"))
                .put("code", "HEADACHE");

        asEhr(SERVICE_PATH).body(request.toString()).post(SERVICE_PATH).then().statusCode(400)
                .body("errors.field", hasItem(containsString("item[symptoms]")));
    }

    @Test
    void withoutAPrefetchedPatientTheServiceAnswers412AndNeverCallsTheFhirServer() {
        ObjectNode request = patientView("prefetch-red-flag.json");
        ((ObjectNode) request.get("prefetch")).remove("patient");

        asEhr(SERVICE_PATH).body(request.toString()).post(SERVICE_PATH).then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://spinetriage.dev/problems/prefetch-missing"));
    }

    @Test
    void withoutSymptomsASingleInfoCardSaysWhatIsMissing() {
        ObjectNode request = patientView("prefetch-radicular.json");
        ((ObjectNode) request.get("prefetch")).remove(List.of("intake", "conditions"));

        asEhr(SERVICE_PATH).body(request.toString()).post(SERVICE_PATH).then().statusCode(200)
                .body("cards.size()", equalTo(1))
                .body("cards[0].indicator", equalTo("info"))
                .body("cards[0].summary", containsString("symptoms"));
    }

    @Test
    void anIntakeAnsweringEveryItemOfTheServedQuestionnaireIsReadWhole() throws Exception {
        JsonNode questionnaire = new ObjectMapper().readTree(given().get("/fhir/Questionnaire/back-pain-intake")
                .then().statusCode(200).extract().asString());
        ObjectNode request = patientView("prefetch-radicular.json");
        ArrayNode items = ((ObjectNode) request.at("/prefetch/intake/entry/0/resource")).putArray("item");
        questionnaire.get("item").forEach(item -> answer(item, items));

        JsonPath cards = asEhr(SERVICE_PATH).body(request.toString()).post(SERVICE_PATH).then().statusCode(200)
                .extract().jsonPath();
        assertFalse(cards.getString("cards[0].summary").contains("not run"), cards.prettify());
    }

    /** The first answer the served item offers: its first option, its minimum, yes; a group with every field. */
    private static void answer(JsonNode item, ArrayNode into) {
        ObjectNode answered = into.addObject().put("linkId", item.get("linkId").asText());
        switch (item.get("type").asText()) {
            case "group" -> {
                ArrayNode fields = answered.putArray("item");
                item.get("item").forEach(field -> answer(field, fields));
            }
            case "choice" -> answered.putArray("answer").addObject()
                    .set("valueCoding", item.at("/answerOption/0/valueCoding"));
            case "integer" -> answered.putArray("answer").addObject().put("valueInteger",
                    item.at("/extension/0/valueInteger").asInt());
            default -> answered.putArray("answer").addObject().put("valueBoolean", true);
        }
    }

    @Test
    void anUnknownServiceIsA404Problem() {
        asEhr("/cds-services/no-such-service").body(patientView("prefetch-red-flag.json").toString())
                .post("/cds-services/no-such-service").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static Map<String, Object> esiCard(JsonPath cards) {
        Map<String, Object> esi = cards.getMap("cards.find { it.summary.contains('Epidural steroid injection') }");
        assertTrue(esi != null, cards.prettify());
        return esi;
    }

    private static int overriddenEsiCards() {
        return esiCards("overridden");
    }

    /** How many ESI cards have this latest outcome, by the admin's feedback summary. */
    private static int esiCards(String outcome) {
        Integer count = TestKeys.asAdmin().get("/api/v1/admin/feedback/summary").then().statusCode(200)
                .extract().path("bySubject.find { it.code == 'EPIDURAL_STEROID_INJECTION' }." + outcome);
        return count == null ? 0 : count;
    }
}
