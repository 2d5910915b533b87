package dev.spinetriage.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spinetriage.PackagedApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application's console: text a person reads by default, so the first start's admin key stands framed
 * on a line of its own; JSON, one object a line, when QUARKUS_LOG_CONSOLE_JSON=true (as the container image and the
 * Kubernetes manifests set it).
 */
class ConsoleLogFormatIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void aFirstStartLogsTextWithTheNewAdminKeyOnALineOfItsOwn() throws Exception {
        List<String> lines = firstStartLog(Map.of());
        String key = adminKey();

        assertTrue(lines.contains("    " + key), "the key on a line of its own:\n" + String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("It is shown only this once:")));
        assertTrue(lines.stream().anyMatch(l -> l.matches("^\\d\\d:\\d\\d:\\d\\d,\\d{3} INFO .*started in .*")));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("{")), "no JSON lines by default");
    }

    @Test
    void withQuarkusLogConsoleJsonTrueEveryLineIsAJsonObject() throws Exception {
        List<String> lines = firstStartLog(Map.of("QUARKUS_LOG_CONSOLE_JSON", "true"));
        String key = adminKey();

        List<JsonNode> records = lines.stream().filter(l -> !l.isBlank()).map(ConsoleLogFormatIT::json).toList();
        assertTrue(records.stream().anyMatch(r -> r.path("message").asText().contains("started in")));
        JsonNode keyRecord = records.stream().filter(r -> r.path("message").asText().contains(key)).findFirst()
                .orElseThrow(() -> new AssertionError("the admin key message is missing"));
        assertEquals("WARN", keyRecord.path("level").asText());
    }

    private List<String> firstStartLog(Map<String, String> environment) throws Exception {
        PackagedApp.Instance app = PackagedApp.start(work, "console", environment);
        try {
            return app.logText().lines().toList();
        } finally {
            PackagedApp.stop(app);
        }
    }

    private String adminKey() throws IOException {
        return Files.readString(work.resolve("data").resolve("bootstrap-admin-key")).strip();
    }

    private static JsonNode json(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            assertTrue(node.isObject(), line);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON log line: " + line, e);
        }
    }
}
