package dev.spinetriage.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spinetriage.rules.CodeListField;
import dev.spinetriage.rules.Condition;
import dev.spinetriage.rules.FlagField;
import dev.spinetriage.rules.NumberField;
import dev.spinetriage.rules.code.Therapy;
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
 * {"field": "durationWeeks", "atLeast": 4}   {"field": "durationWeeks", "below": 6}   (both may be given)
 * {"field": "clinicalFindings.imagingConcordant", "is": true}
 * {"field": "priorInjections", "therapy": "MEDIAL_BRANCH_BLOCK", "reliefPercentAtLeast": 80,
 *  "reliefPercentBelow": 50, "weeksAgoBelow": 52, "countAtLeast": 2, "countAtMost": 3}
 * </pre>
 */
public final class ConditionJson {

    private static final Set<String> PRIOR_KEYS = Set.of("field", "therapy", "reliefPercentAtLeast",
            "reliefPercentBelow", "weeksAgoBelow", "countAtLeast", "countAtMost");

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
        if (field.equals("priorInjections")) {
            return readPriorInjections(node, path);
        }
        var codeList = CodeListField.byPath(field);
        if (codeList.isPresent()) {
            return readIncludes(node, codeList.get(), path);
        }
        var number = NumberField.byPath(field);
        if (number.isPresent()) {
            onlyKeys(node, path, Set.of("field", "atLeast", "below"));
            Integer atLeast = optionalInt(node, "atLeast", path);
            Integer below = optionalInt(node, "below", path);
            return !node.has("atLeast") && !node.has("below") ? fail(path, "needs atLeast and/or below")
                    : new Condition.NumberInRange(number.get(), atLeast, below);
        }
        var flag = FlagField.byPath(field);
        if (flag.isPresent()) {
            onlyKeys(node, path, Set.of("field", "is"));
            return node.path("is").isBoolean() ? new Condition.FlagIs(flag.get(), node.get("is").booleanValue())
                    : fail(path + ".is", "must be true or false");
        }
        return fail(path + ".field", "unknown field '" + field + "'; allowed: " + allowedFields());
    }

    private Condition readIncludes(JsonNode node, CodeListField field, String path) {
        onlyKeys(node, path, Set.of("field", "includesAny", "includesAll"));
        boolean all = node.has("includesAll");
        String key = all ? "includesAll" : "includesAny";
        JsonNode codes = node.get(key);
        if (codes == null || !codes.isArray() || codes.isEmpty()) {
            return fail(path, "needs includesAny or includesAll with a non-empty array of codes");
        }
        Set<Enum<?>> parsed = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).asText();
            String codePath = path + "." + key + "[" + i + "]";
            field.code(code).ifPresentOrElse(parsed::add, () -> fail(codePath,
                    "unknown code '" + code + "' for " + field.path() + "; allowed: "
                            + Arrays.toString(field.codeType().getEnumConstants())));
        }
        return new Condition.Includes(field, parsed, all);
    }

    private Condition readPriorInjections(JsonNode node, String path) {
        onlyKeys(node, path, PRIOR_KEYS);
        String therapyName = node.path("therapy").asText("");
        Therapy therapy = Arrays.stream(Therapy.values()).filter(t -> t.name().equals(therapyName)).findFirst()
                .orElse(null);
        if (therapy == null) {
            return fail(path + ".therapy", "unknown therapy '" + therapyName + "'; allowed: "
                    + Arrays.toString(Therapy.values()));
        }
        Integer countAtLeast = optionalInt(node, "countAtLeast", path);
        Integer countAtMost = optionalInt(node, "countAtMost", path);
        if (!node.has("countAtLeast") && !node.has("countAtMost")) {
            return fail(path, "needs countAtLeast and/or countAtMost");
        }
        return new Condition.PriorInjectionCount(therapy, optionalInt(node, "reliefPercentAtLeast", path),
                optionalInt(node, "reliefPercentBelow", path), optionalInt(node, "weeksAgoBelow", path),
                countAtLeast, countAtMost);
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
        Arrays.stream(CodeListField.values()).forEach(f -> fields.add(f.path()));
        Arrays.stream(NumberField.values()).forEach(f -> fields.add(f.path()));
        Arrays.stream(FlagField.values()).forEach(f -> fields.add(f.path()));
        fields.add("priorInjections");
        return String.join(", ", fields);
    }
}
