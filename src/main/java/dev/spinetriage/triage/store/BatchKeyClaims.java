package dev.spinetriage.triage.store;

import dev.spinetriage.triage.idempotency.IdempotencyClaim;
import dev.spinetriage.triage.store.TriageRecorder.Row;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Claims the Idempotency-Keys of a batch of triage records, inside the batch's transaction and before its records
 * are inserted, so that a record is stored only when its key was free.
 *
 * <p>Why this way: the primary key (client, key) decides races, in PostgreSQL, across threads and instances. Each
 * claim is its own statement in one JDBC batch, and {@code ON CONFLICT} turns a taken key into an update count of 0
 * instead of an error: a duplicate must not fail the other clients' records in the same batch. A claim conflicting
 * with another transaction's uncommitted claim waits for that transaction and then sees its outcome, so exactly one
 * of any number of racing requests gets a count of 1. An expired claim (older than 24 h) is taken over by the
 * {@code DO UPDATE ... WHERE}: no clean-up job is needed. Claims are written in one fixed order (client, key) on
 * every instance, so two batches waiting on each other's keys cannot deadlock.
 *
 * <p>{@code INSERT ... SELECT} rather than {@code VALUES}: the PostgreSQL driver's reWriteBatchedInserts option
 * merges VALUES batches into one statement, which would lose the per-row counts this relies on.
 */
final class BatchKeyClaims {

    private static final String CLAIM = "INSERT INTO triage_idempotency_key AS k "
            + "(client_key_id, idempotency_key, request_hash, triage_id, created_at) SELECT ?, ?, ?, ?, ? "
            + "ON CONFLICT (client_key_id, idempotency_key) DO UPDATE SET request_hash = EXCLUDED.request_hash, "
            + "triage_id = EXCLUDED.triage_id, created_at = EXCLUDED.created_at "
            + "WHERE k.created_at <= EXCLUDED.created_at - INTERVAL '" + FirstAnswers.LIFETIME_HOURS + " hours'";

    private BatchKeyClaims() {
    }

    /** The rows to insert: those without a key, and those whose claim won. Marks the others' claims lost. */
    static List<Row> claim(Connection connection, List<Row> batch) throws SQLException {
        List<Row> claiming = batch.stream().filter(row -> row.claim() != null)
                .sorted(Comparator.comparing(Row::claim, IdempotencyClaim.LOCK_ORDER)).toList();
        if (claiming.isEmpty()) {
            return batch;
        }
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            for (Row row : claiming) {
                claim.setObject(1, row.claim().clientKeyId);
                claim.setString(2, row.claim().key.value());
                claim.setString(3, row.claim().requestHash);
                claim.setObject(4, row.triageId());
                claim.setObject(5, row.createdAt());
                claim.addBatch();
            }
            int[] counts = claim.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] < 0) {
                    throw new IllegalStateException("The JDBC driver did not report whether a claim succeeded");
                }
                claiming.get(i).claim().lost(counts[i] == 0);
            }
        }
        List<Row> toInsert = new ArrayList<>(batch.size());
        for (Row row : batch) {
            if (row.claim() == null || !row.claim().lost()) {
                toInsert.add(row);
            }
        }
        return toInsert;
    }
}
