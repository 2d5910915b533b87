package dev.spinetriage.platform.openapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The committed openapi/openapi.yaml as a validator of real requests and responses.
 *
 * <p>The document is OpenAPI 3.1; the validator (swagger-request-validator) reads 3.0 only. It is given a 3.0
 * rendering of the same document made here, at test time, so the committed file stays the one source: the few 3.1
 * forms the document uses are rewritten to their 3.0 equivalents (a {@code $ref} with siblings becomes an
 * {@code allOf}, schema {@code examples} becomes {@code example}, a type list with "null" becomes
 * {@code nullable}). Nothing is loosened: a 3.1 keyword this method does not know fails the rendering.
 */
public final class OpenApiContract {

    public static final Path COMMITTED = Path.of("openapi", "openapi.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiContract() {
    }

    /** The committed document as a tree. */
    public static JsonNode committed() {
        try {
            return YAML.readTree(COMMITTED.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMMITTED, e);
        }
    }

    /**
     * Validates every response against the document; requests are not judged, since the hostile tests send invalid
     * ones on purpose (a request whose path or method the document lacks is then simply not matched).
     */
    public static OpenApiInteractionValidator responseValidator() {
        // The parser finds its extensions through the context class loader, which in a @QuarkusTest is Quarkus's
        // own and does not see them as the same classes: use the loader that loaded this class.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(OpenApiContract.class.getClassLoader());
        try {
            return OpenApiInteractionValidator.createForInlineApiSpecification(asOpenApi30())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .withDefaultLevel(ValidationReport.Level.ERROR)
                            .build())
                    .build();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The committed 3.1 document rendered as the equivalent OpenAPI 3.0.3 JSON. */
    public static String asOpenApi30() {
        ObjectNode document = (ObjectNode) committed().deepCopy();
        document.put("openapi", "3.0.3");
        ObjectNode license = (ObjectNode) document.path("info").path("license");
        if (license.has("identifier")) {
            license.remove("identifier");
        }
        rewrite(document.path("components").path("schemas"), true);
        rewriteSchemasIn(document.path("paths"));
        rewriteSchemasIn(document.path("components").path("responses"));
        rewriteSchemasIn(document.path("components").path("parameters"));
        rewriteSchemasIn(document.path("components").path("headers"));
        try {
            return JSON.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks a part of the document and rewrites each value of a "schema" key. */
    private static void rewriteSchemasIn(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("schema")) {
                    rewriteSchema(field.getValue());
                } else {
                    rewriteSchemasIn(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApiContract::rewriteSchemasIn);
        }
    }

    /** Rewrites every schema of a map from names to schemas. */
    private static void rewrite(JsonNode schemas, boolean isMap) {
        if (isMap && schemas instanceof ObjectNode map) {
            map.forEach(OpenApiContract::rewriteSchema);
        }
    }

    private static void rewriteSchema(JsonNode node) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        for (String unsupported : List.of("const", "prefixItems", "contentEncoding", "contentMediaType",
                "unevaluatedProperties", "dependentRequired", "$defs")) {
            if (schema.has(unsupported)) {
                throw new IllegalStateException("The 3.0 rendering does not know the 3.1 keyword " + unsupported);
            }
        }
        JsonNode type = schema.get("type");
        if (type instanceof ArrayNode types) {
            List<String> named = new ArrayList<>();
            types.forEach(t -> named.add(t.asText()));
            boolean nullable = named.remove("null");
            if (named.size() != 1) {
                throw new IllegalStateException("The 3.0 rendering cannot express the type list " + named);
            }
            schema.put("type", named.get(0));
            if (nullable) {
                schema.put("nullable", true);
            }
        }
        JsonNode examples = schema.get("examples");
        if (examples instanceof ArrayNode list) {
            schema.remove("examples");
            if (!list.isEmpty()) {
                schema.set("example", list.get(0));
            }
        }
        if (schema.has("$ref") && schema.size() > 1) {
            ObjectNode ref = JsonNodeFactory.instance.objectNode().put("$ref", schema.get("$ref").asText());
            schema.remove("$ref");
            schema.remove("type");
            schema.putArray("allOf").add(ref);
        }
        schema.path("properties").forEach(OpenApiContract::rewriteSchema);
        rewriteSchema(schema.get("items"));
        rewriteSchema(schema.get("additionalProperties"));
        rewriteSchema(schema.get("not"));
        for (String combiner : List.of("allOf", "anyOf", "oneOf")) {
            JsonNode parts = schema.get(combiner);
            if (parts != null) {
                parts.forEach(OpenApiContract::rewriteSchema);
            }
        }
    }
}
