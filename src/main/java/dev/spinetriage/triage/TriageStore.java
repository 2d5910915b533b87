package dev.spinetriage.triage;

import dev.spinetriage.platform.security.Caller;
import dev.spinetriage.triage.idempotency.FirstAnswer;
import dev.spinetriage.triage.idempotency.IdempotencyClaim;
import dev.spinetriage.triage.idempotency.IdempotencyKey;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Where triage records are kept. Its one adapter is {@code store/PostgresTriageStore}. */
public interface TriageStore {

    /**
     * Saves a record with its claim on the client's Idempotency-Key (null: the request has none), without blocking.
     * The stage completes empty once the record is committed, so an answer the client sees is never lost, and fails
     * if the record could not be committed. When the claim's key already answered a request within its lifetime (an
     * earlier one, or one racing with this one), nothing is stored and the stage completes with that first answer.
     */
    CompletionStage<Optional<FirstAnswer>> save(TriageRecord record, IdempotencyClaim claim);

    /**
     * The record, if this caller may read it: only the client that made it, or a rules-admin. To any other client
     * another's triage does not exist, which says nothing about which ids are in use. Blocks on a query.
     */
    Optional<TriageRecord> find(UUID triageId, Caller caller);

    /** What the client's key was first used for, if within the key's lifetime before now. Blocks on a query. */
    Optional<FirstAnswer> findByKey(UUID clientKeyId, IdempotencyKey key, OffsetDateTime now);
}
