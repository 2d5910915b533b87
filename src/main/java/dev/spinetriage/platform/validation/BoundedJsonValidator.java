package dev.spinetriage.platform.validation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link BoundedJson}. A missing value is {@code @NotNull}'s business; a JSON null is not an object. */
public class BoundedJsonValidator implements ConstraintValidator<BoundedJson, JsonNode> {

    static final int MAX_DEPTH = 32;
    static final int MAX_ITEMS = 50;
    static final int MAX_CHARS = 200;

    @Override
    public boolean isValid(JsonNode value, ConstraintValidatorContext context) {
        return value == null || value.isObject() && withinLimits(value, 1);
    }

    private static boolean withinLimits(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (node.isTextual()) {
            return node.textValue().length() <= MAX_CHARS;
        }
        if (node.isArray() && node.size() > MAX_ITEMS) {
            return false;
        }
        for (JsonNode child : node) {
            if (!withinLimits(child, depth + 1)) {
                return false;
            }
        }
        return !node.isObject() || node.properties().stream().allMatch(e -> e.getKey().length() <= MAX_CHARS);
    }
}
