package dev.spinetriage.admin.apikey;

import static dev.spinetriage.platform.security.TestKeys.as;
import static dev.spinetriage.platform.security.TestKeys.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.platform.security.ApiKeySecrets;
import dev.spinetriage.platform.security.TestKeys;
import dev.spinetriage.platform.security.TestKeys.Key;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Creating, listing and revoking API keys through the admin API; what is stored, checked in PostgreSQL. */
@QuarkusTest
class ApiKeyResourceTest {

    private static final String KEYS = "/api/v1/admin/api-keys";

    @Inject
    AgroalDataSource database;

    @Test
    void anAdminCreatesAKeyThatIsShownOnceAndWorksAtOnce() {
        String name = "clinic-" + UUID.randomUUID();
        ValidatableResponse created = create(name, "triage").statusCode(201)
                .header("Location", containsString(KEYS + "/"))
                .body("name", is(name))
                .body("roles", is(List.of("triage")))
                .body("key", matchesPattern("st_[A-Za-z0-9_-]{43}"))
                .body("createdBy", startsWith("test-admin-"));
        String key = created.extract().path("key");

        created.body("keyPrefix", is(key.substring(0, 11)));
        as(key).get("/api/v1/vocabulary").then().statusCode(200);
    }

    @Test
    void theListAndAKeyReadBackNeverShowItsSecretOrHash() {
        Key key = TestKeys.create("listed", "triage");

        String list = asAdmin().get(KEYS).then().statusCode(200)
                // revokedAt and rateLimit are absent: not revoked, no limit of its own (absent values are omitted).
                .body("find { it.id == '" + key.id() + "' }.keySet()", is(Set.of(
                        "id", "name", "keyPrefix", "roles", "createdAt", "createdBy")))
                .extract().asString();
        String one = asAdmin().get(KEYS + "/" + key.id()).then().statusCode(200).extract().asString();

        for (String body : List.of(list, one)) {
            assertTrue(!body.contains(key.secret()) && !body.contains(ApiKeySecrets.hash(key.secret())), body);
        }
    }

    @Test
    void onlyTheHashOfAKeyIsStored() throws Exception {
        Key key = TestKeys.create("hashed", "triage");

        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT key_hash, row_to_json(k)::text FROM api_key k WHERE id = ?")) {
            s.setObject(1, UUID.fromString(key.id()));
            ResultSet row = s.executeQuery();
            assertTrue(row.next());
            assertEquals(ApiKeySecrets.hash(key.secret()), row.getString(1));
            assertTrue(!row.getString(2).contains(key.secret().substring(11)), "the secret is not in the row");
        }
    }

    @Test
    void aRevokedKeyIsRefusedAtOnceAndStaysListed() {
        Key key = TestKeys.create("revoked", "triage");
        as(key.secret()).get("/api/v1/vocabulary").then().statusCode(200);

        asAdmin().delete(KEYS + "/" + key.id()).then().statusCode(204);

        as(key.secret()).get("/api/v1/vocabulary").then().statusCode(401)
                .body("detail", is("The API key is not valid or has been revoked."));
        asAdmin().get(KEYS + "/" + key.id()).then().statusCode(200).body("revokedAt", notNullValue());
    }

    @Test
    void aKeyRevokedByAnotherInstanceStopsWorkingWithinTheCacheLifetime() throws Exception {
        Key key = TestKeys.create("revoked-elsewhere", "triage");
        as(key.secret()).get("/api/v1/vocabulary").then().statusCode(200);
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE api_key SET revoked_at = now() WHERE id = ?")) {
            s.setObject(1, UUID.fromString(key.id()));
            assertEquals(1, s.executeUpdate());
        }

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> assertEquals(401,
                as(key.secret()).get("/api/v1/vocabulary").statusCode(),
                "a key revoked in the database still works after 5 s"));
    }

    @Test
    void revokingTwiceKeepsTheFirstRevocationTime() {
        Key key = TestKeys.create("revoked-twice", "triage");
        asAdmin().delete(KEYS + "/" + key.id()).then().statusCode(204);
        String first = asAdmin().get(KEYS + "/" + key.id()).then().extract().path("revokedAt");

        asAdmin().delete(KEYS + "/" + key.id()).then().statusCode(204);

        asAdmin().get(KEYS + "/" + key.id()).then().body("revokedAt", equalTo(first));
    }

    @Test
    void revokingAnUnknownKeyIsNotFound() {
        asAdmin().delete(KEYS + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("No API key with id"));
    }

    @Test
    void aNameInUseIsAConflict() {
        String name = "twice-" + UUID.randomUUID();
        create(name, "triage").statusCode(201);

        create(name, "rules-admin").statusCode(409).contentType("application/problem+json")
                .body("type", is("https://spinetriage.dev/problems/conflict"))
                .body("detail", containsString(name));
    }

    @Test
    void anUnknownRoleIsRejectedNamingTheAllowedRoles() {
        create("bad-role-" + UUID.randomUUID(), "superuser").statusCode(400)
                .body("errors[0].field", is("roles[0]"))
                .body("errors[0].message", is("unknown role; allowed: triage, rules-admin"));
    }

    @Test
    void aKeyNeedsANameAndAtLeastOneRole() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", " ", "roles", List.of())).post(KEYS)
                .then().statusCode(400)
                .body("errors.field", is(List.of("name", "roles")));
    }

    @Test
    void theBootstrapKeyFileHoldsAnActiveRulesAdminKeyReadableByItsOwnerOnly() throws Exception {
        String bootstrap = TestKeys.bootstrapKey();

        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(TestKeys.bootstrapKeyFile())));
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT roles::text, created_by, revoked_at FROM api_key WHERE key_hash = ?")) {
            s.setString(1, ApiKeySecrets.hash(bootstrap));
            ResultSet row = s.executeQuery();
            assertTrue(row.next(), "the key in the file is known to the database");
            assertEquals("{rules-admin}", row.getString(1));
            assertEquals("bootstrap", row.getString(2));
            assertEquals(null, row.getObject(3));
        }
        as(bootstrap).get(KEYS).then().statusCode(200).body("$", not(empty()));
    }

    private static ValidatableResponse create(String name, String... roles) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("name", name, "roles", List.of(roles))).post(KEYS)
                .then();
    }
}
