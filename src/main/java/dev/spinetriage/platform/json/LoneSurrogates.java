package dev.spinetriage.platform.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Finds a JSON string (or field name) holding a lone UTF-16 surrogate, such as the escape backslash-u-D800 without
 * the low half that must follow it. JSON's grammar allows the escape, Jackson reads it, but it is no character:
 * PostgreSQL's UTF-8 cannot hold it and stores "?" instead, so the stored text would silently differ from what the
 * client sent. Named by the JSON path the client wrote ({@code patient.name}, {@code notes[2]}).
 */
final class LoneSurrogates {

    /** Valid UTF-8 cannot carry a surrogate, so only an escape can: a cheap test before parsing. */
    private static final Pattern SURROGATE_ESCAPE = Pattern.compile("\\\\u[dD][89a-fA-F]");
    private static final JsonFactory FACTORY = new JsonFactory();

    private LoneSurrogates() {
    }

    /** The path of the first string holding a lone surrogate, "body" for a top-level string, or null for none. */
    static String field(CharSequence json) {
        if (!SURROGATE_ESCAPE.matcher(json).find()) {
            return null;
        }
        try (JsonParser parser = FACTORY.createParser(json.toString())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING && holdsOne(parser.getText())) {
                    return path(parser.getParsingContext(), false);
                }
                if (token == JsonToken.FIELD_NAME && holdsOne(parser.getText())) {
                    // The name itself is the client's broken text: the object holding it is named instead.
                    return path(parser.getParsingContext(), true);
                }
            }
        } catch (IOException notJson) {
            // Not (valid) JSON: binding it fails with its own problem, so nothing of it is stored.
        }
        return null;
    }

    static boolean holdsOne(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String path(JsonStreamContext context, boolean withoutLastName) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        JsonStreamContext start = withoutLastName ? context.getParent() : context;
        for (JsonStreamContext c = start; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.getCurrentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(c.getCurrentName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
