package dev.spinetriage.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** What PostgreSQL holds for one API key: the ids of its stored triage records. */
final class StoredTriages {

    /** A triage every ruleset answers quickly; only whether it is stored matters here. */
    static final String PATIENT = """
            {"patient": {"ageYears": 45}, "symptoms": ["RADIATING_PAIN"],
             "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"], "durationWeeks": 8, "painScore": 6,
             "conservativeCare": {"weeks": 6}}""";

    private StoredTriages() {
    }

    static Set<UUID> of(DataSource database, String keyId) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT triage_id FROM triage_record WHERE client_key_id = ?")) {
            s.setObject(1, UUID.fromString(keyId));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }
}
