package dev.spinetriage.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import dev.spinetriage.platform.security.TestKeys;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.junit.jupiter.api.Test;

/**
 * GET /fhir/Questionnaire/back-pain-intake: a public FHIR R4 Questionnaire generated from the input catalogue, with
 * the vocabulary's labels, cached by a strong ETag. (That every input can be answered in it and round-trips to the
 * same report is {@link InputCatalogueTest}'s.)
 */
@QuarkusTest
class IntakeQuestionnaireResourceTest {

    private static final String PATH = "/fhir/Questionnaire/back-pain-intake";

    static Questionnaire parse(String json) {
        return FhirContext.forR4Cached().newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                .parseResource(Questionnaire.class, json);
    }

    @Test
    void itIsServedWithoutAKeyAsAStrictlyValidFhirR4Questionnaire() {
        Response served = given().get(PATH);

        served.then().statusCode(200).contentType(startsWith("application/fhir+json"));
        Questionnaire questionnaire = parse(served.asString());
        assertEquals(IntakeQuestionnaire.CANONICAL, questionnaire.getUrl());
        assertEquals(PublicationStatus.ACTIVE, questionnaire.getStatus());
        assertEquals("\"" + questionnaire.getVersion() + "\"", served.header("ETag"));
        assertTrue(questionnaire.getVersion().matches("[0-9a-f]{16}"), questionnaire.getVersion());
    }

    @Test
    void itHasOneItemPerCatalogueInputInCatalogueOrderAndAGroupPerListOfRecords() {
        Questionnaire questionnaire = parse(given().get(PATH).asString());

        assertEquals(InputCatalogue.all().stream().map(Input::path).toList(),
                questionnaire.getItem().stream().map(QuestionnaireItemComponent::getLinkId).toList());
        QuestionnaireItemComponent injections = questionnaire.getItem().stream()
                .filter(i -> i.getLinkId().equals("priorInjections")).findFirst().orElseThrow();
        assertTrue(injections.getRepeats());
        assertEquals(InputCatalogue.PRIOR_INJECTIONS.fields().stream().map(Input::path).toList(),
                injections.getItem().stream().map(QuestionnaireItemComponent::getLinkId).toList());
        assertTrue(injections.getItem().get(0).getRequired(), "priorInjections.therapy is required in each entry");
    }

    @Test
    void everyAnswerOptionCarriesTheVocabularysLabel() {
        Map<String, List<Map<String, String>>> vocabulary = TestKeys.asTriageClient().get("/api/v1/vocabulary")
                .then().statusCode(200).extract().as(Map.class);
        Questionnaire questionnaire = parse(given().get(PATH).asString());

        Coding pregnancy = item(questionnaire, "contraindications").getAnswerOption().stream()
                .map(o -> o.getValueCoding()).filter(c -> c.getCode().equals("PREGNANCY")).findFirst().orElseThrow();
        assertEquals(IntakeQuestionnaire.CODE_SYSTEM, pregnancy.getSystem());
        assertEquals(vocabulary.get("CONTRAINDICATION").stream().filter(c -> c.get("code").equals("PREGNANCY"))
                .findFirst().orElseThrow().get("label"), pregnancy.getDisplay());
        assertFalse(pregnancy.getDisplay().isBlank());
    }

    @Test
    void numbersCarryTheirRangeAndConditionalItemsTheirEnableWhen() {
        Questionnaire questionnaire = parse(given().get(PATH).asString());

        QuestionnaireItemComponent painScore = item(questionnaire, "painScore");
        assertEquals(0, ((IntegerType) painScore.getExtensionByUrl(QuestionnaireBuilder.MIN_VALUE).getValue())
                .getValue());
        assertEquals(10, ((IntegerType) painScore.getExtensionByUrl(QuestionnaireBuilder.MAX_VALUE).getValue())
                .getValue());
        var pregnant = item(questionnaire, "patient.pregnant").getEnableWhenFirstRep();
        assertEquals("patient.sex", pregnant.getQuestion());
        assertEquals(QuestionnaireItemOperator.NOT_EQUAL, pregnant.getOperator());
        assertEquals("MALE", pregnant.getAnswerCoding().getCode());
        QuestionnaireItemComponent distribution = item(questionnaire, "limbPainDistribution");
        assertTrue(distribution.getEnableWhen().size() > 1);
        assertEquals(EnableWhenBehavior.ANY, distribution.getEnableBehavior());
    }

    @Test
    void theCurrentETagInIfNoneMatchGets304AndAnotherGetsTheDocument() {
        Response served = given().get(PATH);
        String etag = served.header("ETag");

        given().header("If-None-Match", etag).get(PATH).then().statusCode(304).header("ETag", etag)
                .header("Cache-Control", IntakeQuestionnaireResource.CACHE_CONTROL).body(emptyString());
        given().header("If-None-Match", "\"0000000000000000\"").get(PATH).then().statusCode(200)
                .header("ETag", etag).header("Cache-Control", IntakeQuestionnaireResource.CACHE_CONTROL);
        assertEquals(served.asString(), given().get(PATH).asString(), "generated once, served the same");
    }

    @Test
    void aClientAskingForPlainJsonGetsTheSameDocument() {
        String fhir = given().get(PATH).asString();

        String json = given().accept("application/json").get(PATH).then().statusCode(200)
                .contentType(startsWith("application/json")).extract().asString();
        assertEquals(JsonPath.from(fhir).getString("version"), JsonPath.from(json).getString("version"));
    }

    private static QuestionnaireItemComponent item(Questionnaire questionnaire, String linkId) {
        return questionnaire.getItem().stream().filter(i -> i.getLinkId().equals(linkId)).findFirst().orElseThrow();
    }
}
