package dev.spinetriage.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What Vert.x's HTTP codec refuses before any route runs (docs/operations.md, "Requests refused before the
 * application sees them"): a 4xx that closes the connection, never a 5xx. Quarkus offers no hook to make these
 * problem+json; what the codec lets through is. The assertion on the empty body marks the limitation: when a
 * Quarkus release offers the hook, this test says so.
 */
@QuarkusTest
class CodecRefusalsResourceTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aMalformedContentLengthIsA400() {
        refused(400, RawHttp.send(base, "POST /api/v1/triage HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: abc", "{}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRequestLineOver4KibIsA414() {
        refused(414, RawHttp.send(base, "GET /api/v1/vocabulary?q=" + "a".repeat(5000) + " HTTP/1.1", null));
    }

    @Test
    void headersOver20KibAreA431() {
        refused(431, RawHttp.send(base, "GET /api/v1/vocabulary HTTP/1.1\r\nX-Padding: " + "a".repeat(25_000), null));
    }

    private static void refused(int status, RawHttp.Answer answer) {
        assertEquals(status, answer.status(), answer.toString());
        assertEquals("0", answer.header("Content-Length"), "still empty: " + answer);
    }
}
