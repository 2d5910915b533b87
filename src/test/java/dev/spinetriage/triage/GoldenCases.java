package dev.spinetriage.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The project's example cases, one JSON object a line, as V6 loaded them as the initial golden cases. */
public final class GoldenCases {

    static final Path FILE = Path.of("src", "test", "resources", "golden", "cases.jsonl");

    private GoldenCases() {}

    public static List<JsonNode> all() {
        ObjectMapper json = new ObjectMapper();
        try {
            return Files.readAllLines(FILE).stream().filter(line -> !line.isBlank()).map(line -> {
                try {
                    return json.readTree(line);
                } catch (IOException e) {
                    throw new UncheckedIOException("Bad line in " + FILE + ": " + line, e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
