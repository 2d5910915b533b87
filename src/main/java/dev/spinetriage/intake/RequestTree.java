package dev.spinetriage.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import java.util.List;

/**
 * The JSON tree of a triage request, built answer by answer at the input catalogue's paths ({@code painScore},
 * {@code clinicalFindings.motorDeficit}): the objects along a path are made as needed, and a repeating input holds an
 * array. {@link RequestTreeBinder} then binds it exactly as a JSON body is bound, so nothing here names an input.
 */
public final class RequestTree {

    private final ObjectNode root = JsonNodeFactory.instance.objectNode();

    /** One answer of a single-answer input; replaces what the path held. */
    public void set(String path, JsonNode value) {
        parent(path).set(leaf(path), value);
    }

    /** One more element of a repeating input (a code of a list, a record). */
    public void add(String path, JsonNode element) {
        array(path).add(element);
    }

    /** Adds a code to a list unless the list already holds it: merging lists from several sources. */
    public void addIfAbsent(String path, JsonNode element) {
        ArrayNode array = array(path);
        for (JsonNode held : array) {
            if (held.equals(element)) {
                return;
            }
        }
        array.add(element);
    }

    /** What the path holds; a missing node when nothing. */
    public JsonNode get(String path) {
        return root.at("/" + path.replace('.', '/'));
    }

    public boolean has(String path) {
        return !get(path).isMissingNode();
    }

    /** The inputs a triage cannot run without that this tree holds no answer to, in questionnaire order. */
    public List<Input<?>> unansweredRequired() {
        return InputCatalogue.all().stream().filter(input -> input.required() && !has(input.path())).toList();
    }

    /** A copy of the tree, to bind. */
    public ObjectNode json() {
        return root.deepCopy();
    }

    private ArrayNode array(String path) {
        ObjectNode parent = parent(path);
        JsonNode held = parent.get(leaf(path));
        return held instanceof ArrayNode array ? array : parent.putArray(leaf(path));
    }

    private ObjectNode parent(String path) {
        ObjectNode node = root;
        String[] names = path.split("\\.");
        for (int i = 0; i < names.length - 1; i++) {
            JsonNode child = node.get(names[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(names[i]);
        }
        return node;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
