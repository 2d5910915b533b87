package dev.spinetriage.platform.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of the hostile-input corpus in {@code src/test/resources/hostile/}; the file format is described in that
 * folder's README.md. Big bodies are generated from a small {@code generate} spec so the corpus stays small to commit.
 */
record HostileCase(String name, JsonNode spec) {

    static final Path FOLDER = Path.of("src/test/resources/hostile");
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<HostileCase> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(HostileCase::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HostileCase read(Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            return new HostileCase(name, JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int expectStatus() {
        return spec.path("expectStatus").asInt();
    }

    String expectType() {
        return spec.path("expectType").asText(null);
    }

    String expectField() {
        return spec.path("expectField").asText(null);
    }

    String auth() {
        return spec.path("auth").asText("triage");
    }

    boolean isCdsHooks() {
        return spec.path("path").asText().startsWith("/cds-services");
    }

    /** A body sent as FHIR to the triage, where a completed QuestionnaireResponse is accepted. */
    boolean isFhirTriage() {
        return spec.path("path").asText().startsWith("/api/v1/triage")
                && spec.path("contentType").asText().startsWith("application/fhir+");
    }

    /** {@code {draft}} and {@code {rule}} in the path stand for a draft ruleset the test created and one of its rules. */
    String path(String draft, String rule) {
        return spec.path("path").asText().replace("{draft}", draft).replace("{rule}", rule);
    }

    /** {@code {card}} in a text body stands for the uuid of a card the test's CDS client was sent. */
    HttpRequest request(URI base, String path, String card, String bearer) {
        var request = HttpRequest.newBuilder(resolve(base, path))
                .method(spec.path("method").asText("POST"), HttpRequest.BodyPublishers.ofByteArray(body(card)));
        String contentType = spec.path("contentType").asText("application/json");
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        if (spec.hasNonNull("accept")) {
            request.header("Accept", spec.get("accept").asText());
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request.build();
    }

    boolean needsCard() {
        return spec.path("body").toString().contains("{card}");
    }

    /** The body: {@code bodyHex} for bytes that are not UTF-8, else {@code body} as text, else generated. */
    byte[] body(String card) {
        if (spec.hasNonNull("bodyHex")) {
            return HexFormat.of().parseHex(spec.get("bodyHex").asText());
        }
        if (spec.hasNonNull("body")) {
            JsonNode body = spec.get("body");
            String text = body.isTextual() ? body.asText() : body.toString();
            return (card == null ? text : text.replace("{card}", card)).getBytes(StandardCharsets.UTF_8);
        }
        if (spec.hasNonNull("generate")) {
            return generated(spec.get("generate")).getBytes(StandardCharsets.UTF_8);
        }
        return new byte[0];
    }

    /**
     * {@code template} with {@code %FILL%} replaced by {@code unit} repeated {@code times} (joined by {@code separator}),
     * then {@code middle} once and {@code close} {@code times} times: enough for long arrays, long strings and deep
     * nesting.
     */
    private static String generated(JsonNode generate) {
        int times = generate.path("times").asInt();
        String units = String.join(generate.path("separator").asText(""),
                Collections.nCopies(times, generate.path("unit").asText()));
        String fill = units + generate.path("middle").asText("") + generate.path("close").asText("").repeat(times);
        return generate.path("template").asText("%FILL%").replace("%FILL%", fill);
    }

    private static URI resolve(URI base, String path) {
        try {
            return new URI(base.getScheme(), null, base.getHost(), base.getPort(), null, null, null).resolve(path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
