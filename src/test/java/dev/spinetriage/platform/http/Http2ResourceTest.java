package dev.spinetriage.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinetriage.platform.security.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** HTTP/2 in clear text (h2c, by upgrade) serves requests with and without a body, as HTTP/1.1 does. */
@QuarkusTest
class Http2ResourceTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void getAndPostWorkOverHttp2() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> get = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/info"))
                .header("Authorization", "Bearer " + TestKeys.triageKey()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, get.statusCode(), get.body());

        HttpResponse<String> again = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/vocabulary"))
                .header("Authorization", "Bearer " + TestKeys.triageKey()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, again.version());
        assertEquals(200, again.statusCode(), again.body());

        HttpResponse<String> post = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/triage/explain"))
                .header("Authorization", "Bearer " + TestKeys.triageKey()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"patient": {"ageYears": 45}, "symptoms": ["AXIAL_PAIN"], "painLocations": ["LOWER_BACK"]}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, post.version());
        assertEquals(200, post.statusCode(), post.body());
    }
}
