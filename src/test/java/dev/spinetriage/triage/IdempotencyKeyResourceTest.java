package dev.spinetriage.triage;

import static dev.spinetriage.platform.security.TestKeys.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.spinetriage.platform.security.TestKeys;
import dev.spinetriage.platform.security.TestKeys.Key;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key on POST /api/v1/triage: a retry gets the first answer and stores nothing; another request under
 * the same key is refused; keys are per client and expire after 24 h. Each test uses keys of its own, so the
 * record counts in PostgreSQL are its own too. The race is in {@link IdempotencyKeyRaceResourceTest}.
 */
@QuarkusTest
class IdempotencyKeyResourceTest {

    static final String REQUEST = """
            {"patient": {"ageYears": 62}, "symptoms": ["AXIAL_PAIN"], "painLocations": ["LOWER_BACK"]}""";
    /** The same request: other whitespace, other member order. */
    private static final String SAME_REQUEST_REFORMATTED = """
            {  "painLocations":["LOWER_BACK"],
               "symptoms":["AXIAL_PAIN"],   "patient":{"ageYears":62}  }""";
    private static final String OTHER_REQUEST = """
            {"patient": {"ageYears": 63}, "symptoms": ["AXIAL_PAIN"], "painLocations": ["LOWER_BACK"]}""";

    @Inject
    AgroalDataSource database;

    @Test
    void aRetryWithTheSameKeyAndRequestGetsTheFirstAnswerAndStoresNothingNew() throws Exception {
        Key client = TestKeys.create("idempotent", "triage");
        String key = UUID.randomUUID().toString();
        Response first = post(client, key, REQUEST);
        first.then().statusCode(201).header(TriageResource.IDEMPOTENT_REPLAYED, (String) null);

        Response retry = post(client, key, SAME_REQUEST_REFORMATTED);

        retry.then().statusCode(201).header(TriageResource.IDEMPOTENT_REPLAYED, "true")
                .header("Location", first.header("Location"));
        assertEquals(first.asString(), retry.asString(), "the same body, byte for byte");
        assertEquals(1, records(client));
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedNamingTheKeyNotTheRequests() throws Exception {
        Key client = TestKeys.create("idempotent", "triage");
        String key = "order-" + UUID.randomUUID();
        post(client, key, REQUEST).then().statusCode(201);

        String detail = post(client, key, OTHER_REQUEST).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://spinetriage.dev/problems/idempotency-key-reused"))
                .body("detail", containsString("'" + key + "'"))
                .body("errors[0].field", is("Idempotency-Key"))
                .extract().path("detail");
        // The key is random and may itself hold the digits "63"; only the rest of the detail must not echo a request.
        String detailWithoutKey = detail.replace(key, "");
        assertFalse(detailWithoutKey.contains("62") || detailWithoutKey.contains("63"), detail);
        assertEquals(1, records(client));
    }

    @Test
    void twoClientsMayUseTheSameKeyIndependently() throws Exception {
        Key clinicA = TestKeys.create("idempotent-a", "triage");
        Key clinicB = TestKeys.create("idempotent-b", "triage");
        String key = UUID.randomUUID().toString();

        String a = post(clinicA, key, REQUEST).then().statusCode(201).extract().path("triageId");
        String b = post(clinicB, key, OTHER_REQUEST).then().statusCode(201)
                .header(TriageResource.IDEMPOTENT_REPLAYED, (String) null).extract().path("triageId");

        assertNotEquals(a, b);
        assertEquals(1, records(clinicA));
        assertEquals(1, records(clinicB));
    }

    @Test
    void afterTwentyFourHoursAKeyMayBeUsedAfresh() throws Exception {
        Key client = TestKeys.create("idempotent", "triage");
        String key = UUID.randomUUID().toString();
        String first = post(client, key, REQUEST).then().statusCode(201).extract().path("triageId");
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE triage_idempotency_key SET created_at = created_at - INTERVAL '25 hours' "
                        + "WHERE client_key_id = ?")) {
            s.setObject(1, UUID.fromString(client.id()));
            assertEquals(1, s.executeUpdate());
        }

        String second = post(client, key, OTHER_REQUEST).then().statusCode(201)
                .header(TriageResource.IDEMPOTENT_REPLAYED, (String) null).extract().path("triageId");

        assertNotEquals(first, second);
        assertEquals(2, records(client));
        post(client, key, OTHER_REQUEST).then().statusCode(201).header(TriageResource.IDEMPOTENT_REPLAYED, "true")
                .body("triageId", is(second));
    }

    @Test
    void aKeyThatIsNotOneToTwoHundredFiftyFiveVisibleAsciiCharactersSentOnceIsRejected() throws Exception {
        Key client = TestKeys.create("idempotent", "triage");

        for (String bad : List.of("", "has space", "tab\there", "x".repeat(256), "caf\u00e9")) {
            post(client, bad, REQUEST).then().statusCode(400).contentType("application/problem+json")
                    .body("type", is("https://spinetriage.dev/problems/validation-error"))
                    .body("errors[0].field", is("Idempotency-Key"));
        }
        as(client.secret()).header("Idempotency-Key", "one").header("Idempotency-Key", "two")
                .contentType(ContentType.JSON).body(REQUEST).post("/api/v1/triage").then().statusCode(400)
                .body("errors[0].field", is("Idempotency-Key"));
        post(client, "x".repeat(255), REQUEST).then().statusCode(201);
        post(client, "order,42;v=1", REQUEST).then().statusCode(201);
        assertEquals(2, records(client));
    }

    @Test
    void withoutAKeyEveryRequestIsANewTriage() throws Exception {
        Key client = TestKeys.create("not-idempotent", "triage");

        for (int i = 0; i < 2; i++) {
            as(client.secret()).contentType(ContentType.JSON).body(REQUEST).post("/api/v1/triage").then()
                    .statusCode(201).header(TriageResource.IDEMPOTENT_REPLAYED, (String) null);
        }

        assertEquals(2, records(client));
        assertEquals(0, idempotencyRows(client));
    }

    private static Response post(Key client, String idempotencyKey, String body) {
        return as(client.secret()).header("Idempotency-Key", idempotencyKey).contentType(ContentType.JSON)
                .body(body).post("/api/v1/triage");
    }

    private long records(Key client) throws SQLException {
        return count("SELECT count(*) FROM triage_record WHERE client_key_id = ?", client);
    }

    private long idempotencyRows(Key client) throws SQLException {
        return count("SELECT count(*) FROM triage_idempotency_key WHERE client_key_id = ?", client);
    }

    private long count(String sql, Key client) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(client.id()));
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
