package dev.spinetriage.triage;

import static dev.spinetriage.platform.security.TestKeys.as;
import static dev.spinetriage.platform.security.TestKeys.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinetriage.platform.security.TestKeys;
import dev.spinetriage.platform.security.TestKeys.Key;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A triage belongs to the client that made it: no other client can read it, or learn that it exists. */
@QuarkusTest
class TriageOwnershipResourceTest {

    @Inject
    AgroalDataSource database;

    @Test
    void theClientThatMadeATriageReadsItBack() {
        Key clinic = TestKeys.create("clinic", "triage");
        String id = triage(clinic);

        as(clinic.secret()).get("/api/v1/triage/" + id).then().statusCode(200).body("triageId", equalTo(id));
    }

    @Test
    void anotherClientCannotReadATriageAndIsToldItDoesNotExist() {
        String id = triage(TestKeys.create("clinic-a", "triage"));
        Key otherClinic = TestKeys.create("clinic-b", "triage");

        as(otherClinic.secret()).get("/api/v1/triage/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No triage with id " + id));
    }

    @Test
    void aRulesAdminReadsEveryClientsTriage() {
        String id = triage(TestKeys.create("clinic", "triage"));

        asAdmin().get("/api/v1/triage/" + id).then().statusCode(200).body("triageId", equalTo(id));
    }

    @Test
    void theRecordNamesTheKeyOfTheClientThatMadeIt() throws Exception {
        Key clinic = TestKeys.create("clinic", "triage");
        String id = triage(clinic);

        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT client_key_id FROM triage_record WHERE triage_id = ?")) {
            s.setObject(1, UUID.fromString(id));
            ResultSet row = s.executeQuery();
            row.next();
            assertEquals(UUID.fromString(clinic.id()), row.getObject(1));
        }
    }

    private static String triage(Key client) {
        return as(client.secret()).contentType("application/json").body(TriageExamples.LUMBAR_RADICULAR)
                .post("/api/v1/triage").then().statusCode(201).extract().path("triageId");
    }
}
