package dev.spinetriage.platform.compression;

import static dev.spinetriage.platform.security.TestKeys.triageKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * JSON answers travel gzipped to a client that accepts gzip, and as they are to one that does not. The JDK's client
 * is used because it neither asks for nor undoes compression by itself, so the bytes on the wire are what is checked.
 */
@QuarkusTest
class CompressionResourceTest {

    @TestHTTPResource("/api/v1/rulesets/active")
    URI activeRuleset;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aClientThatAcceptsGzipGetsTheRulesetGzipped() throws Exception {
        HttpResponse<byte[]> gzipped = get(Optional.of("gzip"));
        HttpResponse<byte[]> plain = get(Optional.empty());

        assertEquals(200, gzipped.statusCode());
        assertEquals(Optional.of("gzip"), gzipped.headers().firstValue("Content-Encoding"));
        String json = gunzip(gzipped.body());
        assertTrue(json.startsWith("{") && json.contains("\"version\""), json.substring(0, 100));
        assertEquals(new String(plain.body(), StandardCharsets.UTF_8), json);
        assertTrue(gzipped.body().length * 4 < plain.body().length,
                gzipped.body().length + " gzipped bytes of " + plain.body().length);
    }

    @Test
    void aClientThatDoesNotAcceptGzipGetsPlainJson() throws Exception {
        HttpResponse<byte[]> plain = get(Optional.empty());

        assertEquals(200, plain.statusCode());
        assertEquals(Optional.empty(), plain.headers().firstValue("Content-Encoding"));
        assertTrue(new String(plain.body(), StandardCharsets.UTF_8).startsWith("{"));
    }

    private HttpResponse<byte[]> get(Optional<String> acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(activeRuleset)
                .header("Authorization", "Bearer " + triageKey());
        acceptEncoding.ifPresent(encoding -> request.header("Accept-Encoding", encoding));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
