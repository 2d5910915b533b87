package dev.spinetriage.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spinetriage.platform.problem.Problem.FieldError;
import dev.spinetriage.rules.input.Coded;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.NumberInput;
import dev.spinetriage.rules.input.RecordListInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;

/**
 * Reads the items of a QuestionnaireResponse to our intake questionnaire into a {@link RequestTree}, through the input
 * catalogue alone: each linkId must name an input (or an older alias of one), each answer must be of the input's type,
 * a code of its list and a number within its range. It is our own questionnaire, so anything else is the client's
 * error, named by its item ({@code item[clinicalFindings.motorDeficit]}), as an unknown field is in the JSON API.
 * Pure: no I/O, no framework.
 */
public final class QuestionnaireAnswers {

    /** A response with thousands of wrong answers gets the first ones named; that tells the client enough. */
    static final int MAX_ERRORS = 50;
    private static final int MAX_ECHO = 80;

    private final String where;
    private final RequestTree tree = new RequestTree();
    private final List<FieldError> errors = new ArrayList<>();

    private QuestionnaireAnswers(String where) {
        this.where = where;
    }

    /** @param where what error fields start with: "" for a request body, "prefetch QuestionnaireResponse/1." … */
    public static QuestionnaireAnswers read(List<QuestionnaireResponseItemComponent> items, String where) {
        QuestionnaireAnswers answers = new QuestionnaireAnswers(where);
        answers.readItems(items);
        return answers;
    }

    /** The answers, at the paths their linkIds name. */
    public RequestTree tree() {
        return tree;
    }

    /** What the response got wrong; empty when every item was read. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** The field an item's problem is reported under. */
    public String field(String linkId) {
        String shown = linkId == null ? "" : linkId.length() > MAX_ECHO ? linkId.substring(0, MAX_ECHO) : linkId;
        return where + "item[" + shown + "]";
    }

    private void readItems(List<QuestionnaireResponseItemComponent> items) {
        Set<String> answered = new HashSet<>();
        for (QuestionnaireResponseItemComponent item : items) {
            String linkId = item.getLinkId();
            Optional<Input<?>> input = linkId == null ? Optional.empty() : InputCatalogue.byPath(linkId);
            if (input.isEmpty()) {
                error(linkId, "not an item of " + IntakeQuestionnaire.CANONICAL);
            } else if (input.get() instanceof RecordListInput<?> list) {
                readRecord(list, item);
            } else if (!answered.add(linkId)) {
                error(linkId, "appears twice; every answer to a question goes in its one item");
            } else if (item.hasItem()) {
                error(linkId, "a question of this questionnaire has no nested items");
            } else {
                readAnswers(linkId, input.get(), item.getAnswer()).forEach(value -> {
                    if (input.get().repeats()) {
                        tree.add(linkId, value);
                    } else {
                        tree.set(linkId, value);
                    }
                });
            }
        }
    }

    /** One element of a list of records: a group whose items are the record's fields. */
    private void readRecord(RecordListInput<?> list, QuestionnaireResponseItemComponent group) {
        if (group.hasAnswer()) {
            error(list.path(), "a group has no answers of its own; answer the items inside it");
            return;
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        for (QuestionnaireResponseItemComponent item : group.getItem()) {
            String linkId = item.getLinkId();
            Input<?> field = list.fields().stream().filter(f -> f.path().equals(linkId)).findFirst().orElse(null);
            String component = linkId == null ? "" : linkId.substring(linkId.lastIndexOf('.') + 1);
            if (field == null) {
                error(linkId, "not an item of the " + list.path() + " group");
            } else if (record.has(component)) {
                error(linkId, "appears twice in one " + list.path() + " entry");
            } else if (item.hasItem()) {
                error(linkId, "a question of this questionnaire has no nested items");
            } else {
                readAnswers(linkId, field, item.getAnswer()).forEach(value -> record.set(component, value));
            }
        }
        if (record.isEmpty()) {
            return; // an entry with nothing answered says nothing
        }
        for (Input<?> field : list.fields()) {
            if (field.required() && !record.has(field.path().substring(list.path().length() + 1))) {
                error(field.path(), "required in every " + list.path() + " entry");
            }
        }
        tree.add(list.path(), record);
    }

    private List<JsonNode> readAnswers(String linkId, Input<?> input,
            List<QuestionnaireResponseItemAnswerComponent> all) {
        if (all.size() > 1 && !input.repeats()) {
            error(linkId, "takes one answer, not " + all.size());
            return List.of();
        }
        List<JsonNode> values = new ArrayList<>();
        for (QuestionnaireResponseItemAnswerComponent answer : all) {
            JsonNode value = answer.hasItem() ? invalid(linkId, "an answer of this questionnaire has no nested items")
                    : value(linkId, input, answer);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** The answer as the JSON request holds it; null (and an error) when it is not an answer to this item. */
    private JsonNode value(String linkId, Input<?> input, QuestionnaireResponseItemAnswerComponent answer) {
        return switch (input.questionType()) {
            case BOOLEAN -> answer.hasValueBooleanType() && answer.getValueBooleanType().hasValue()
                    ? JsonNodeFactory.instance.booleanNode(answer.getValueBooleanType().getValue())
                    : invalid(linkId, "expects valueBoolean");
            case INTEGER -> answer.hasValueIntegerType() && answer.getValueIntegerType().hasValue()
                    ? number(linkId, (NumberInput) input, answer.getValueIntegerType().getValue())
                    : invalid(linkId, "expects valueInteger");
            case CHOICE -> answer.hasValueCoding() ? code(linkId, (Coded<?>) input, answer.getValueCoding())
                    : invalid(linkId, "expects valueCoding");
            case GROUP -> invalid(linkId, "a group has no answers of its own; answer the items inside it");
        };
    }

    private JsonNode number(String linkId, NumberInput input, int value) {
        return value >= input.min() && value <= input.max() ? JsonNodeFactory.instance.numberNode(value)
                : invalid(linkId, "out of range: must be from " + input.min() + " to " + input.max());
    }

    private JsonNode code(String linkId, Coded<?> input, Coding coding) {
        if (!IntakeQuestionnaire.CODE_SYSTEM.equals(coding.getSystem())) {
            return invalid(linkId, "expects a code of " + IntakeQuestionnaire.CODE_SYSTEM);
        }
        String code = String.valueOf(coding.getCode());
        return input.code(code).<JsonNode>map(c -> JsonNodeFactory.instance.textNode(c.name()))
                .orElseGet(() -> invalid(linkId, "unknown code '" + (code.length() > 40 ? code.substring(0, 40) + "…"
                        : code) + "'; allowed: " + input.codes()));
    }

    private JsonNode invalid(String linkId, String message) {
        error(linkId, message);
        return null;
    }

    private void error(String linkId, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(field(linkId), message));
        }
    }
}
