package dev.spinetriage.triage.store;

import dev.spinetriage.triage.idempotency.IdempotencyKey;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Reads the triage an unexpired Idempotency-Key of a client answered (V8__triage_idempotency_key.sql). */
@ApplicationScoped
public class FirstAnswers {

    /** How long a key holds: a retry within this gets the original answer; after it the key may be used afresh. */
    public static final int LIFETIME_HOURS = 24;

    private static final String LIVE_CLAIM = "SELECT k.request_hash, r.response FROM triage_idempotency_key k "
            + "JOIN triage_record r ON r.triage_id = k.triage_id "
            + "WHERE k.client_key_id = ? AND k.idempotency_key = ? AND k.created_at > ?";

    /** What a key was first used with, and the answer then given (stored JSON). */
    public record Original(String requestHash, String response) {}

    private final AgroalDataSource database;

    FirstAnswers(AgroalDataSource database) {
        this.database = database;
    }

    public Optional<Original> find(UUID clientKeyId, IdempotencyKey key, OffsetDateTime now) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(LIVE_CLAIM)) {
            s.setObject(1, clientKeyId);
            s.setString(2, key.value());
            s.setObject(3, now.minusHours(LIFETIME_HOURS));
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new Original(row.getString(1), row.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up an Idempotency-Key", e);
        }
    }
}
