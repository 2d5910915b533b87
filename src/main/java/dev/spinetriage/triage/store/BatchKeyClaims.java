package dev.spinetriage.triage.store;

import dev.spinetriage.triage.idempotency.IdempotencyClaim;
import dev.spinetriage.triage.idempotency.IdempotencyKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

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
            + "WHERE k.created_at <= EXCLUDED.created_at - INTERVAL '" + IdempotencyKey.LIFETIME_HOURS + " hours'";

    /** The order in which a batch's claims are written, the same on every instance. */
    private static final Comparator<IdempotencyClaim> LOCK_ORDER = Comparator
            .comparing(IdempotencyClaim::clientKeyId).thenComparing(claim -> claim.key().value());

    private BatchKeyClaims() {
    }

    /** Claims the keys of the records that have one; returns those whose claim lost (compared by identity). */
    static Set<PendingRecord> lost(Connection connection, List<PendingRecord> batch) throws SQLException {
        List<PendingRecord> claiming = batch.stream().filter(pending -> pending.claim() != null)
                .sorted(Comparator.comparing(PendingRecord::claim, LOCK_ORDER)).toList();
        if (claiming.isEmpty()) {
            return Set.of();
        }
        Set<PendingRecord> lost = Collections.newSetFromMap(new IdentityHashMap<>());
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            for (PendingRecord pending : claiming) {
                claim.setObject(1, pending.claim().clientKeyId());
                claim.setString(2, pending.claim().key().value());
                claim.setString(3, pending.claim().requestHash());
                claim.setObject(4, pending.record().triageId());
                claim.setObject(5, pending.record().createdAt());
                claim.addBatch();
            }
            int[] counts = claim.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] < 0) {
                    throw new IllegalStateException("The JDBC driver did not report whether a claim succeeded");
                }
                if (counts[i] == 0) {
                    lost.add(claiming.get(i));
                }
            }
        }
        return lost;
    }
}
