package dev.spinetriage.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.spinetriage.rules.input.CodeInput;
import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.Coded;
import dev.spinetriage.rules.input.FlagInput;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.NumberInput;
import dev.spinetriage.rules.input.RecordListInput;
import java.util.List;
import java.util.Map;

/**
 * For each input of the catalogue: a sample answer that the baseline request does not hold, and a rule condition
 * that holds for the sample and not for the baseline. Derived from the input's type, except for the fields of lists
 * of records, which the condition language tests through keys of their own: {@link #RECORD_FIELDS} names one per
 * field, and a test fails when a field has none.
 */
final class CatalogueSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A condition key testing one record field, its value, a field value it holds for, and one it does not. */
    record FieldTest(String key, JsonNode condition, JsonNode sample, JsonNode variant) {}

    static final Map<String, FieldTest> RECORD_FIELDS = Map.of(
            "priorInjections.therapy", new FieldTest("therapy", text("MEDIAL_BRANCH_BLOCK"),
                    text("MEDIAL_BRANCH_BLOCK"), text("EPIDURAL_STEROID_INJECTION")),
            "priorInjections.reliefPercent", new FieldTest("reliefPercentAtLeast", number(80), number(90),
                    number(50)),
            "priorInjections.weeksAgo", new FieldTest("weeksAgoBelow", number(10), number(4), number(20)),
            "priorInjections.region", new FieldTest("region", text("LUMBAR"), text("LUMBAR"), text("CERVICAL")),
            "priorInjections.reliefDurationHours", new FieldTest("reliefDurationHoursBelow", number(10), number(6),
                    number(20)),
            "priorInjections.concordantWithAnesthetic", new FieldTest("concordantOnly", BooleanNode.TRUE,
                    BooleanNode.TRUE, BooleanNode.FALSE),
            "priorSpineSurgery.procedure", new FieldTest("procedure", text("FUSION"), text("FUSION"),
                    text("DISCECTOMY")),
            "priorSpineSurgery.region", new FieldTest("region", text("LUMBAR"), text("LUMBAR"), text("CERVICAL")),
            "priorSpineSurgery.weeksAgo", new FieldTest("weeksAgoBelow", number(52), number(30), number(100)));

    private CatalogueSamples() {}

    /** Age 50, the first symptom and the first pain location: what every request needs, and nothing else. */
    static RequestTree baseline() {
        RequestTree tree = new RequestTree();
        tree.set(InputCatalogue.AGE_YEARS.path(), number(50));
        tree.set(InputCatalogue.SYMPTOMS.path(), codes(InputCatalogue.SYMPTOMS.codes().get(0)));
        tree.set(InputCatalogue.PAIN_LOCATIONS.path(), codes(InputCatalogue.PAIN_LOCATIONS.codes().get(0)));
        return tree;
    }

    /** The baseline with the input's sample answer (replacing the baseline's, for an input it holds). */
    static RequestTree baselineWith(Input<?> input) {
        RequestTree tree = baseline();
        tree.set(input.path(), sample(input));
        return tree;
    }

    /** The last code, the largest number, true, or one record: never what the baseline holds. */
    static JsonNode sample(Input<?> input) {
        if (input instanceof FlagInput) {
            return BooleanNode.TRUE;
        }
        if (input instanceof NumberInput number) {
            return number(number.max());
        }
        if (input instanceof CodeInput<?> code) {
            return text(last(code).name());
        }
        if (input instanceof CodeListInput<?> list) {
            return codes(last(list));
        }
        return NODES.arrayNode().add(record((RecordListInput<?>) input, null));
    }

    /** A rule condition on the input that holds for its sample. */
    static ObjectNode condition(Input<?> input) {
        ObjectNode condition = NODES.objectNode().put("field", input.path());
        if (input instanceof FlagInput) {
            return condition.put("is", true);
        }
        if (input instanceof NumberInput number) {
            return condition.put("atLeast", number.max());
        }
        if (input instanceof CodeInput<?> code) {
            condition.putArray("in").add(last(code).name());
            return condition;
        }
        if (input instanceof CodeListInput<?> list) {
            condition.putArray("includesAny").add(last(list).name());
            return condition;
        }
        return recordCondition((RecordListInput<?>) input, null);
    }

    /** One record with every field's sample value, but {@code changed}'s variant value (null: none changed). */
    static ObjectNode record(RecordListInput<?> list, Input<?> changed) {
        ObjectNode record = NODES.objectNode();
        for (Input<?> field : list.fields()) {
            FieldTest test = RECORD_FIELDS.get(field.path());
            record.set(component(list, field), field == changed ? test.variant() : test.sample());
        }
        return record;
    }

    /** "At least one record" passing the field's filter (null: the list's own filters only). */
    static ObjectNode recordCondition(RecordListInput<?> list, Input<?> field) {
        ObjectNode condition = NODES.objectNode().put("field", list.path()).put("countAtLeast", 1);
        if (list == InputCatalogue.PRIOR_INJECTIONS) {
            condition.set("therapy", RECORD_FIELDS.get("priorInjections.therapy").condition());
        }
        if (field != null) {
            FieldTest test = RECORD_FIELDS.get(field.path());
            condition.set(test.key(), test.condition());
        }
        return condition;
    }

    static String component(RecordListInput<?> list, Input<?> field) {
        return field.path().substring(list.path().length() + 1);
    }

    static List<Input<?>> recordFields() {
        return InputCatalogue.all().stream().filter(RecordListInput.class::isInstance)
                .flatMap(list -> ((RecordListInput<?>) list).fields().stream()).toList();
    }

    private static Enum<?> last(Coded<?> coded) {
        return coded.codes().get(coded.codes().size() - 1);
    }

    private static ArrayNode codes(Enum<?> code) {
        return NODES.arrayNode().add(code.name());
    }

    private static JsonNode text(String value) {
        return TextNode.valueOf(value);
    }

    private static JsonNode number(int value) {
        return IntNode.valueOf(value);
    }
}
