package dev.spinetriage.triage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Writes triage records durably with group commit. Every commit costs a WAL flush (an fsync, ~3 ms on the benchmark
 * machine's disk); one writer thread inserts whatever records are waiting as one JDBC batch in one transaction, so
 * concurrent requests share a flush instead of queueing for one each. {@link #record} returns only once its batch is
 * committed, so an answer the client sees is never lost; if the batch fails, every request in it fails.
 */
@ApplicationScoped
public class TriageRecorder {

    private static final Logger LOG = Logger.getLogger(TriageRecorder.class);
    private static final int MAX_BATCH = 128;
    private static final String INSERT = "INSERT INTO triage_record (triage_id, created_at, ruleset_version, "
            + "disposition, request, response, client_key_id) VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)";

    /** One record waiting for its batch, and the caller waiting for its commit; claim is null without a key. */
    record Row(UUID triageId, OffsetDateTime createdAt, String rulesetVersion, String disposition, String request,
            String response, UUID clientKeyId, IdempotencyClaim claim, CompletableFuture<Void> committed) {}

    private final AgroalDataSource dataSource;
    private final BlockingQueue<Row> waiting = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread writer;

    TriageRecorder(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        writer = new Thread(this::writeBatches, "triage-recorder");
        writer.setDaemon(true);
        writer.start();
    }

    /** Runs before the embedded PostgreSQL stops; HTTP requests in flight have finished by then. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (writer != null) {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /**
     * Blocks until the record is committed. Returns false, having stored nothing, when {@code claim}'s
     * Idempotency-Key was already claimed (by an earlier request, or one racing in the same or another batch).
     */
    public boolean record(UUID triageId, OffsetDateTime createdAt, String rulesetVersion, String disposition,
            String request, String response, UUID clientKeyId, IdempotencyClaim claim) {
        Row row = new Row(triageId, createdAt, rulesetVersion, disposition, request, response, clientKeyId, claim,
                new CompletableFuture<>());
        waiting.add(row);
        try {
            row.committed().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while recording triage " + triageId, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not record triage " + triageId, e.getCause());
        }
        return claim == null || !claim.lost();
    }

    private void writeBatches() {
        List<Row> batch = new ArrayList<>(MAX_BATCH);
        while (running || !waiting.isEmpty()) {
            try {
                Row first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, MAX_BATCH - 1);
                insert(batch);
                batch.forEach(row -> row.committed().complete(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                batch.forEach(row -> row.committed().completeExceptionally(e));
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.errorf(e, "A batch of %d triage records was not committed", batch.size());
                batch.forEach(row -> row.committed().completeExceptionally(e));
            }
            batch.clear();
        }
    }

    private void insert(List<Row> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Row row : IdempotencyClaims.claim(connection, batch)) {
                    insert.setObject(1, row.triageId());
                    insert.setObject(2, row.createdAt());
                    insert.setString(3, row.rulesetVersion());
                    insert.setString(4, row.disposition());
                    insert.setString(5, row.request());
                    insert.setString(6, row.response());
                    insert.setObject(7, row.clientKeyId());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
