package dev.spinetriage.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The example cases of shared/clinical/cases.jsonl. Read from ../shared when it is beside the project (CI and
 * developers), else from the committed copy, which GoldenCaseCopyTest keeps identical to the shared file.
 */
public final class GoldenCases {

    static final Path SHARED = Path.of("..", "shared", "clinical", "cases.jsonl");
    static final Path COPY = Path.of("src", "test", "resources", "golden", "cases.jsonl");

    private GoldenCases() {}

    public static List<JsonNode> all() {
        Path file = Files.exists(SHARED) ? SHARED : COPY;
        ObjectMapper json = new ObjectMapper();
        try {
            return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(line -> {
                try {
                    return json.readTree(line);
                } catch (IOException e) {
                    throw new UncheckedIOException("Bad line in " + file + ": " + line, e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
