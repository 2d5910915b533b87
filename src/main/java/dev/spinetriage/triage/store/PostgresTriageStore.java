package dev.spinetriage.triage.store;

import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import dev.spinetriage.platform.security.Caller;
import dev.spinetriage.triage.TriageRecord;
import dev.spinetriage.triage.TriageStore;
import dev.spinetriage.triage.idempotency.FirstAnswer;
import dev.spinetriage.triage.idempotency.IdempotencyClaim;
import dev.spinetriage.triage.idempotency.IdempotencyKey;
import io.agroal.api.AgroalDataSource;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Triage records in PostgreSQL: written by {@link TriageRecorder} with group commit, together with their
 * Idempotency-Key claims ({@link BatchKeyClaims}); read back by id; a key's first answer read by joining its claim to
 * its record (V8__triage_idempotency_key.sql).
 *
 * <p>Plain JDBC, no Hibernate entity: a record is only ever inserted in batches and read whole by its id, which needs
 * nothing of an ORM, and every entity is one more class for Hibernate's metamodel to build at each start.
 */
@ApplicationScoped
public class PostgresTriageStore implements TriageStore {

    private static final String FIRST_ANSWER = "SELECT k.request_hash, r.response FROM triage_idempotency_key k "
            + "JOIN triage_record r ON r.triage_id = k.triage_id "
            + "WHERE k.client_key_id = ? AND k.idempotency_key = ? AND k.created_at > ?";
    private static final String BY_ID = "SELECT created_at, ruleset_version, disposition, request, response, "
            + "client_key_id FROM triage_record WHERE triage_id = ?";

    private final TriageRecorder recorder;
    private final AgroalDataSource database;

    PostgresTriageStore(TriageRecorder recorder, AgroalDataSource database) {
        this.recorder = recorder;
        this.database = database;
    }

    @Override
    public CompletionStage<Optional<FirstAnswer>> save(TriageRecord record, IdempotencyClaim claim) {
        CompletableFuture<Boolean> stored = recorder.enqueue(record, claim);
        if (claim == null) {
            return stored.thenApply(always -> Optional.empty());
        }
        // The recorder's thread completes the future and must never wait on a query: the answer that won is read on
        // a worker thread.
        return stored.thenCompose(won -> won ? CompletableFuture.completedFuture(Optional.empty())
                : CompletableFuture.supplyAsync(() -> Optional.of(answerThatWon(claim, record.createdAt())),
                        Infrastructure.getDefaultWorkerPool()));
    }

    /**
     * The claim lost to a live claim that is committed, and a claim commits together with its record, so the answer
     * is there; were it ever not (a claim taken over in between), the client is told to retry.
     */
    private FirstAnswer answerThatWon(IdempotencyClaim claim, OffsetDateTime claimedAt) {
        return findByKey(claim.clientKeyId(), claim.key(), claimedAt).orElseThrow(() -> new ProblemException(
                ProblemType.CONFLICT, "A request with the same Idempotency-Key was being recorded; retry."));
    }

    @Override
    public Optional<TriageRecord> find(UUID triageId, Caller caller) {
        return byId(triageId).filter(record -> caller.rulesAdmin() || caller.keyId().equals(record.clientKeyId()));
    }

    private Optional<TriageRecord> byId(UUID triageId) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(BY_ID)) {
            s.setObject(1, triageId);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new TriageRecord(triageId, row.getObject(1, OffsetDateTime.class),
                        row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                        row.getObject(6, UUID.class))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a triage record", e);
        }
    }

    @Override
    public Optional<FirstAnswer> findByKey(UUID clientKeyId, IdempotencyKey key, OffsetDateTime now) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(FIRST_ANSWER)) {
            s.setObject(1, clientKeyId);
            s.setString(2, key.value());
            s.setObject(3, now.minusHours(IdempotencyKey.LIFETIME_HOURS));
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new FirstAnswer(row.getString(1), row.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up an Idempotency-Key", e);
        }
    }
}
