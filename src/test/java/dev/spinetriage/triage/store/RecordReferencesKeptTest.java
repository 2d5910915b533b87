package dev.spinetriage.triage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A triage record names its ruleset and its client without foreign keys (V19): what keeps those names true is that
 * neither rulesets nor API keys can be deleted, even by a statement that would delete nothing.
 */
@QuarkusTest
class RecordReferencesKeptTest {

    @Inject
    AgroalDataSource database;

    @ParameterizedTest
    @ValueSource(strings = {"DELETE FROM ruleset WHERE false", "DELETE FROM api_key WHERE false",
        "TRUNCATE ruleset CASCADE", "TRUNCATE api_key CASCADE"})
    void rulesetsAndApiKeysAreNeverDeleted(String statement) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(statement));
                assertEquals("23001", refused.getSQLState(), refused.getMessage());
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
