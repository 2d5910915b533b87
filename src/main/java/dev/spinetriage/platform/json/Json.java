package dev.spinetriage.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;

/**
 * Reading and writing JSON text with the application's own ObjectMapper (strict, see {@link StrictJsonCustomizer}),
 * for what is stored as JSON and read back. A failure here is never the client's: request bodies are bound by Quarkus
 * REST, so text that does not read back was stored wrongly, and a value that does not write is a defect.
 */
@Singleton
public class Json {

    private final ObjectMapper mapper;

    Json(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public <T> T read(String text, Class<T> type) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableJsonException("Stored JSON is unreadable as " + type.getSimpleName(), e);
        }
    }

    public JsonNode tree(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UnreadableJsonException("Stored text is not JSON", e);
        }
    }

    /** A tree our own code built (e.g. from FHIR answers checked on the way), bound as a request body is bound. */
    public <T> T read(JsonNode tree, Class<T> type) {
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree built here does not bind to " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Text that should be JSON of some shape is not; callers that check stored input catch it, others let it be. */
    public static final class UnreadableJsonException extends IllegalStateException {
        UnreadableJsonException(String message, JsonProcessingException cause) {
            super(message, cause);
        }
    }
}
