package dev.spinetriage.platform.security;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * API keys for tests, made the way an operator makes them: the bootstrap key from its file creates them through the
 * admin API. One triage key and one admin key are shared by the whole test JVM; a test that revokes or compares
 * keys creates its own with {@link #create}.
 */
public final class TestKeys {

    private static String triageKey;
    private static String adminKey;

    private TestKeys() {
    }

    /** A key as the admin API created it. */
    public record Key(String id, String secret) {
    }

    public static synchronized String triageKey() {
        if (triageKey == null) {
            triageKey = create("test-triage", Roles.TRIAGE).secret();
        }
        return triageKey;
    }

    public static synchronized String adminKey() {
        if (adminKey == null) {
            adminKey = create("test-admin", Roles.RULES_ADMIN).secret();
        }
        return adminKey;
    }

    /** The key the service wrote to its bootstrap file at start-up (the test profile's location). */
    public static String bootstrapKey() {
        try {
            return Files.readString(bootstrapKeyFile()).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path bootstrapKeyFile() {
        return Path.of(ConfigProvider.getConfig().getValue("spinetriage.security.bootstrap-key-file", String.class));
    }

    /** A new key with a unique name starting with {@code purpose}. */
    public static Key create(String purpose, String... roles) {
        var created = as(bootstrapKey()).contentType(ContentType.JSON)
                .body(Map.of("name", purpose + "-" + UUID.randomUUID(), "roles", List.of(roles)))
                .post("/api/v1/admin/api-keys")
                .then().statusCode(201).extract().jsonPath();
        return new Key(created.getString("id"), created.getString("key"));
    }

    public static RequestSpecification asTriageClient() {
        return as(triageKey());
    }

    public static RequestSpecification asAdmin() {
        return as(adminKey());
    }

    public static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }
}
