package dev.spinetriage.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;

/**
 * Answers the served questionnaire as a form renderer would: only its items, each answer of the item's type, codes
 * taken from the item's own answer options. The answers are what a request's JSON tree holds.
 */
final class ServedAnswers {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ServedAnswers() {}

    static ObjectNode response(Questionnaire served, RequestTree answers) {
        ObjectNode response = NODES.objectNode().put("resourceType", "QuestionnaireResponse")
                .put("questionnaire", served.getUrl() + "|" + served.getVersion()).put("status", "completed");
        ArrayNode items = response.putArray("item");
        for (QuestionnaireItemComponent item : served.getItem()) {
            if (answers.has(item.getLinkId())) {
                add(item, answers.get(item.getLinkId()), items);
            }
        }
        return response;
    }

    private static void add(QuestionnaireItemComponent item, JsonNode value, ArrayNode into) {
        if (item.getType() == Questionnaire.QuestionnaireItemType.GROUP) {
            for (JsonNode record : value) {
                ArrayNode fields = into.addObject().put("linkId", item.getLinkId()).putArray("item");
                for (QuestionnaireItemComponent field : item.getItem()) {
                    JsonNode fieldValue = record.get(field.getLinkId().substring(item.getLinkId().length() + 1));
                    if (fieldValue != null) {
                        add(field, fieldValue, fields);
                    }
                }
            }
            return;
        }
        ArrayNode answers = into.addObject().put("linkId", item.getLinkId()).putArray("answer");
        for (JsonNode one : value.isArray() ? value : NODES.arrayNode().add(value)) {
            ObjectNode answer = answers.addObject();
            switch (item.getType()) {
                case BOOLEAN -> answer.put("valueBoolean", one.booleanValue());
                case INTEGER -> answer.put("valueInteger", one.intValue());
                case CHOICE -> answer.set("valueCoding", option(item, one.asText()));
                default -> throw new AssertionError(item.getLinkId() + " has a type the catalogue never makes");
            }
        }
    }

    private static ObjectNode option(QuestionnaireItemComponent item, String code) {
        Coding coding = item.getAnswerOption().stream().map(o -> o.getValueCoding())
                .filter(c -> c.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(item.getLinkId() + " offers no option " + code));
        return NODES.objectNode().put("system", coding.getSystem()).put("code", coding.getCode())
                .put("display", coding.getDisplay());
    }
}
