package dev.spinetriage.triage.store;

import dev.spinetriage.triage.TriageRecord;
import dev.spinetriage.triage.idempotency.IdempotencyClaim;
import java.util.concurrent.CompletableFuture;

/**
 * A record waiting for its batch, with its claim (null without an Idempotency-Key), and the caller waiting for it:
 * {@code stored} completes true once the batch is committed, false when the claim lost and the record was left out.
 */
record PendingRecord(TriageRecord record, IdempotencyClaim claim, CompletableFuture<Boolean> stored) {
}
