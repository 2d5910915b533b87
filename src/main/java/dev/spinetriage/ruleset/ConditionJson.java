package dev.spinetriage.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spinetriage.rules.Condition;
import dev.spinetriage.rules.code.InjectionRegion;
import dev.spinetriage.rules.code.SpineRegion;
import dev.spinetriage.rules.code.SpineSurgeryProcedure;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.input.CodeInput;
import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.Coded;
import dev.spinetriage.rules.input.FlagInput;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.NumberInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a rule's condition, a small JSON expression over the triage request, into the engine's {@link Condition}.
 * Every problem is reported with its JSON path inside the condition, so a rule editor can fix it.
 *
 * <pre>
 * {"all": [c, ...]}   {"any": [c, ...]}   {"not": c}   {"always": true}
 * {"field": "symptoms", "includesAny": ["RADIATING_PAIN"]}            also "includesAll"; any code-list field
 * {"field": "laterality", "in": ["BILATERAL"]}                          a single-code field; unknown when missing
 * {"field": "durationWeeks", "atLeast": 4}   {"field": "durationWeeks", "below": 6}   (both may be given)
 * {"field": "imaging.concordantWithSymptoms", "is": true}
 * {"field": "clinicalFindings.motorDeficit", "reported": false}        any field: answered or not; never unknown
 * {"field": "priorInjections", "therapy": "MEDIAL_BRANCH_BLOCK", "reliefPercentAtLeast": 80,
 *  "reliefPercentBelow": 50, "weeksAgoBelow": 52, "region": "LUMBAR", "reliefDurationHoursBelow": 2016,
 *  "concordantOnly": true, "perRegion": true, "countAtLeast": 2, "countAtMost": 3}
 * {"field": "priorSpineSurgery", "procedure": "FUSION", "region": "LUMBAR", "weeksAgoBelow": 52, "countAtLeast": 1}
 * </pre>
 * Field paths are those of the input catalogue; older alias paths (clinicalFindings.imagingConcordant) still read.
 */
public final class ConditionJson {

    private static final Set<String> PRIOR_KEYS = Set.of("field", "therapy", "reliefPercentAtLeast",
            "reliefPercentBelow", "weeksAgoBelow", "region", "reliefDurationHoursBelow", "concordantOnly", "perRegion",
            "countAtLeast", "countAtMost");
    private static final Set<String> SURGERY_KEYS = Set.of("field", "procedure", "region", "weeksAgoBelow",
            "countAtLeast", "countAtMost");

    private final List<String> problems = new ArrayList<>();

    private ConditionJson() {}

    /** Parses a condition or throws {@link InvalidConditionException} listing every problem found. */
    public static Condition parse(JsonNode json) {
        ConditionJson reader = new ConditionJson();
        Condition condition = reader.read(json, "condition");
        if (!reader.problems.isEmpty()) {
            throw new InvalidConditionException(reader.problems);
        }
        return condition;
    }

    private Condition read(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            return fail(path, "must be a JSON object");
        }
        if (node.has("all")) {
            return new Condition.AllOf(readList(node, "all", path));
        }
        if (node.has("any")) {
            return new Condition.AnyOf(readList(node, "any", path));
        }
        if (node.has("not")) {
            onlyKeys(node, path, Set.of("not"));
            return new Condition.Not(read(node.get("not"), path + ".not"));
        }
        if (node.has("always")) {
            onlyKeys(node, path, Set.of("always"));
            return node.get("always").asBoolean(false) && node.get("always").isBoolean()
                    ? new Condition.Always() : fail(path + ".always", "must be true");
        }
        if (!node.path("field").isTextual()) {
            return fail(path, "needs one of all, any, not, always, or a \"field\"");
        }
        return readField(node, node.get("field").asText(), path);
    }

    private List<Condition> readList(JsonNode node, String key, String path) {
        onlyKeys(node, path, Set.of(key));
        JsonNode items = node.get(key);
        List<Condition> conditions = new ArrayList<>();
        if (!items.isArray() || items.isEmpty()) {
            fail(path + "." + key, "must be a non-empty array of conditions");
            return conditions;
        }
        for (int i = 0; i < items.size(); i++) {
            conditions.add(read(items.get(i), path + "." + key + "[" + i + "]"));
        }
        return conditions;
    }

    private Condition readField(JsonNode node, String field, String path) {
        if (field.equals(InputCatalogue.PRIOR_INJECTIONS.path())) {
            return readPriorInjections(node, path);
        }
        if (field.equals(InputCatalogue.PRIOR_SPINE_SURGERY.path())) {
            return readPriorSurgery(node, path);
        }
        Input<?> input = InputCatalogue.byPath(field).orElse(null);
        if (input == null) {
            return fail(path + ".field", "unknown field '" + field + "'; allowed: " + allowedFields());
        }
        if (node.has("reported")) {
            onlyKeys(node, path, Set.of("field", "reported"));
            return node.get("reported").isBoolean()
                    ? new Condition.Reported(input, node.get("reported").booleanValue())
                    : fail(path + ".reported", "must be true or false");
        }
        if (input instanceof CodeListInput<?> list) {
            return readIncludes(node, list, path);
        }
        if (input instanceof CodeInput<?> code) {
            onlyKeys(node, path, Set.of("field", "in"));
            return new Condition.CodeIn(code, codes(node, "in", code, path));
        }
        if (input instanceof NumberInput number) {
            onlyKeys(node, path, Set.of("field", "atLeast", "below"));
            Integer atLeast = optionalInt(node, "atLeast", path);
            Integer below = optionalInt(node, "below", path);
            return !node.has("atLeast") && !node.has("below") ? fail(path, "needs atLeast and/or below")
                    : new Condition.NumberInRange(number, atLeast, below);
        }
        if (input instanceof FlagInput flag) {
            onlyKeys(node, path, Set.of("field", "is"));
            return node.path("is").isBoolean() ? new Condition.FlagIs(flag, node.get("is").booleanValue())
                    : fail(path + ".is", "must be true or false");
        }
        return fail(path, field + " is a list of records: test it with counts or \"reported\"");
    }

    private Condition readIncludes(JsonNode node, CodeListInput<?> field, String path) {
        onlyKeys(node, path, Set.of("field", "includesAny", "includesAll"));
        boolean all = node.has("includesAll");
        return new Condition.Includes(field, codes(node, all ? "includesAll" : "includesAny", field, path), all);
    }

    private Set<Enum<?>> codes(JsonNode node, String key, Coded<?> field, String path) {
        JsonNode codes = node.get(key);
        Set<Enum<?>> parsed = new LinkedHashSet<>();
        if (codes == null || !codes.isArray() || codes.isEmpty()) {
            fail(path, "needs " + key + " with a non-empty array of codes"
                    + (key.equals("in") ? "" : " (or includesAll, or \"reported\")"));
            return parsed;
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).asText();
            String codePath = path + "." + key + "[" + i + "]";
            field.code(code).ifPresentOrElse(parsed::add, () -> fail(codePath,
                    "unknown code '" + code + "' for " + field.path() + "; allowed: " + field.codes()));
        }
        return parsed;
    }

    private Condition readPriorInjections(JsonNode node, String path) {
        onlyKeys(node, path, PRIOR_KEYS);
        Therapy therapy = code(node, "therapy", Therapy.class, path, true);
        if (therapy == null) {
            return new Condition.Always();
        }
        if (!node.has("countAtLeast") && !node.has("countAtMost")) {
            return fail(path, "needs countAtLeast and/or countAtMost");
        }
        return new Condition.PriorInjectionCount(therapy, optionalInt(node, "reliefPercentAtLeast", path),
                optionalInt(node, "reliefPercentBelow", path), optionalInt(node, "weeksAgoBelow", path),
                code(node, "region", InjectionRegion.class, path, false),
                optionalInt(node, "reliefDurationHoursBelow", path), optionalBoolean(node, "concordantOnly", path),
                optionalBoolean(node, "perRegion", path), optionalInt(node, "countAtLeast", path),
                optionalInt(node, "countAtMost", path));
    }

    private Condition readPriorSurgery(JsonNode node, String path) {
        onlyKeys(node, path, SURGERY_KEYS);
        if (!node.has("countAtLeast") && !node.has("countAtMost")) {
            return fail(path, "needs countAtLeast and/or countAtMost");
        }
        return new Condition.PriorSurgeryCount(code(node, "procedure", SpineSurgeryProcedure.class, path, false),
                code(node, "region", SpineRegion.class, path, false), optionalInt(node, "weeksAgoBelow", path),
                optionalInt(node, "countAtLeast", path), optionalInt(node, "countAtMost", path));
    }

    private <E extends Enum<E>> E code(JsonNode node, String key, Class<E> type, String path, boolean required) {
        if (!node.has(key) && !required) {
            return null;
        }
        String name = node.path(key).asText("");
        E code = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (code == null) {
            fail(path + "." + key, "unknown " + key + " '" + name + "'; allowed: "
                    + Arrays.toString(type.getEnumConstants()));
        }
        return code;
    }

    private boolean optionalBoolean(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            fail(path + "." + key, "must be true or false");
            return false;
        }
        return value.booleanValue();
    }

    private Integer optionalInt(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            fail(path + "." + key, "must be an integer");
            return null;
        }
        return value.intValue();
    }

    private void onlyKeys(JsonNode node, String path, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                fail(path + "." + name, "unexpected key; allowed here: " + allowed);
            }
        }
    }

    private Condition fail(String path, String message) {
        problems.add(path + ": " + message);
        return new Condition.Always();
    }

    private static String allowedFields() {
        List<String> fields = new ArrayList<>();
        InputCatalogue.all().forEach(f -> fields.add(f.path()));
        return String.join(", ", fields);
    }
}
