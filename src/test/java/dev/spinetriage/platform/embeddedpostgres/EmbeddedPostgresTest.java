package dev.spinetriage.platform.embeddedpostgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The tests run against a real PostgreSQL: embedded 17 by default, or the server QUARKUS_DATASOURCE_JDBC_URL names. */
@QuarkusTest
class EmbeddedPostgresTest {

    @Inject
    AgroalDataSource database;

    @Test
    void databaseIsARealPostgresqlWithTheMigrationsApplied() throws Exception {
        try (Connection c = database.getConnection(); ResultSet row = c.createStatement().executeQuery(
                "SELECT version(), (SELECT max(version::int) FROM flyway_schema_history), current_setting('fsync')")) {
            assertTrue(row.next());
            assertTrue(row.getString(1).startsWith("PostgreSQL"), row.getString(1));
            assertTrue(row.getInt(2) >= 3, "migrations applied");
            assertEquals("on", row.getString(3), "fsync must stay on: acknowledged triages must be durable");
        }
    }

    @Test
    void embeddedServerIsPostgresql17UnlessAnExternalOneIsConfigured() throws Exception {
        String externalUrl = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        try (Connection c = database.getConnection(); ResultSet row = c.createStatement()
                .executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            assertTrue(row.next());
            if (externalUrl == null || externalUrl.isBlank()) {
                assertEquals(17, row.getInt(1));
            } else {
                assertEquals(databaseNameOf(externalUrl), currentDatabase(c), "the tests must use the configured server");
            }
        }
    }

    private static String databaseNameOf(String jdbcUrl) {
        String path = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static String currentDatabase(Connection c) throws java.sql.SQLException {
        try (ResultSet row = c.createStatement().executeQuery("SELECT current_database()")) {
            row.next();
            return row.getString(1);
        }
    }
}
