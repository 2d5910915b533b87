package dev.spinetriage.platform.migrations;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

/** Checksum drift stays detected although Flyway's migrate no longer validates (validate-on-migrate=false). */
@QuarkusTest
class MigrationChecksumsTest {

    @Inject
    @Readiness
    MigrationChecksums checksums;

    @Inject
    AgroalDataSource database;

    @Test
    void anAppliedMigrationEditedSinceMakesTheServiceNotReadyAndNamesIt() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> checksums.call().getData().orElseThrow().get("state")
                .equals("checked"));
        assertEquals(HealthCheckResponse.Status.UP, checksums.call().getStatus(), "this build's own migrations");
        try {
            shiftChecksumOfV1(1);
            checksums.check();
            HealthCheckResponse drifted = checksums.call();
            assertEquals(HealthCheckResponse.Status.DOWN, drifted.getStatus());
            String named = String.valueOf(drifted.getData().orElseThrow().get("difference1"));
            assertTrue(named.startsWith("V1 ") && named.contains("checksum"), named);
        } finally {
            shiftChecksumOfV1(-1);
            checksums.check();
        }
        assertEquals(HealthCheckResponse.Status.UP, checksums.call().getStatus());
    }

    private void shiftChecksumOfV1(int by) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE flyway_schema_history SET checksum = checksum + " + by
                    + " WHERE version = '1'"));
        }
    }
}
