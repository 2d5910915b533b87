package dev.spinetriage.intake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/** Builds QuestionnaireResponse bodies to our intake questionnaire for tests, item by item, as JSON. */
final class QuestionnaireResponses {

    private final ObjectNode response = JsonNodeFactory.instance.objectNode();
    private final ArrayNode items;

    private QuestionnaireResponses(ArrayNode items) {
        this.items = items;
    }

    /** A completed response with no item yet. */
    static QuestionnaireResponses completed() {
        QuestionnaireResponses built = new QuestionnaireResponses(JsonNodeFactory.instance.arrayNode());
        built.response.put("resourceType", "QuestionnaireResponse").put("status", "completed")
                .put("questionnaire", IntakeQuestionnaire.CANONICAL).set("item", built.items);
        return built;
    }

    /** The smallest response the triage accepts: age, one symptom, one pain location. */
    static QuestionnaireResponses minimal() {
        return completed().integer("patient.ageYears", 52).codes("symptoms", "AXIAL_PAIN")
                .codes("painLocations", "LOWER_BACK");
    }

    QuestionnaireResponses codes(String linkId, String... codes) {
        ArrayNode answers = item(linkId).putArray("answer");
        for (String code : codes) {
            answers.addObject().putObject("valueCoding").put("system", IntakeQuestionnaire.CODE_SYSTEM)
                    .put("code", code);
        }
        return this;
    }

    QuestionnaireResponses integer(String linkId, int value) {
        item(linkId).putArray("answer").addObject().put("valueInteger", value);
        return this;
    }

    QuestionnaireResponses bool(String linkId, boolean value) {
        item(linkId).putArray("answer").addObject().put("valueBoolean", value);
        return this;
    }

    /** A group item (one entry of a list of records) whose items the consumer adds. */
    QuestionnaireResponses group(String linkId, Consumer<QuestionnaireResponses> fields) {
        fields.accept(new QuestionnaireResponses(item(linkId).putArray("item")));
        return this;
    }

    /** Changes a top-level member (status, questionnaire …). */
    QuestionnaireResponses with(String member, String value) {
        response.put(member, value);
        return this;
    }

    String json() {
        return response.toString();
    }

    private ObjectNode item(String linkId) {
        return items.addObject().put("linkId", linkId);
    }
}
