package dev.spinetriage.triage.store;

import dev.spinetriage.platform.database.DatabaseOutage;
import dev.spinetriage.triage.TriageRecord;
import dev.spinetriage.triage.idempotency.IdempotencyClaim;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;

/**
 * Writes triage records durably with group commit. Every commit costs a WAL flush (an fsync: 0.1 to 3 ms on the
 * benchmark machines' disks); one writer thread inserts whatever records are waiting with one INSERT in one
 * transaction, so concurrent requests share a flush instead of queueing for one each. The future of {@link #enqueue}
 * completes only once the batch is committed, so an answer the client sees is never lost; if the batch fails, every
 * request in it fails.
 */
@ApplicationScoped
class TriageRecorder {

    private static final Logger LOG = Logger.getLogger(TriageRecorder.class);
    private static final int MAX_BATCH = 128;
    /**
     * One statement for the whole batch, one row of parameters per record: PostgreSQL plans and runs one INSERT per
     * batch instead of one per row. Each value travels as a parameter of its own, so neither side escapes or parses
     * the documents: sent as text arrays, as before, PostgreSQL's array parser read every character of both
     * documents (about 17 µs a row for two 4 kB documents, measured on PostgreSQL 15), on the one connection every
     * commit waits for (bench/HISTORY.md, fourth session).
     * The documents are stored as text, exactly as written (V19: json's parse on every insert only re-checked what the
     * service's own serialiser had written). The driver prepares each batch size's statement once it recurs.
     */
    private static final String INSERT_INTO = "INSERT INTO triage_record (triage_id, created_at, ruleset_version, "
            + "disposition, request, response, client_key_id) VALUES ";
    private static final String ROW = "(?, ?::timestamptz, ?, ?, ?, ?, ?)";
    private static final String[] INSERTS = insertStatements();
    private static final String STORED = "SELECT 1 FROM triage_record WHERE triage_id = ?";
    /** How long a batch whose COMMIT failed waits for the database to say whether it was stored. */
    private static final Duration SETTLE_COMMIT_WITHIN = Duration.ofSeconds(10);

    private final AgroalDataSource dataSource;
    private final BlockingQueue<PendingRecord> waiting = new LinkedBlockingQueue<>();
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
     * Queues a record without waiting, with its claim on an Idempotency-Key (null: none). The future completes once
     * its batch is committed: true, or false when the claim's key was already claimed (by an earlier request, or one
     * racing in the same or another batch) and the record was left out. It fails with the batch (see
     * {@link #settleFailed}).
     */
    CompletableFuture<Boolean> enqueue(TriageRecord record, IdempotencyClaim claim) {
        CompletableFuture<Boolean> stored = new CompletableFuture<>();
        waiting.add(new PendingRecord(record, claim, stored));
        return stored;
    }

    private void writeBatches() {
        List<PendingRecord> batch = new ArrayList<>(MAX_BATCH);
        // Only this thread reads and writes it: the callers hear of a lost claim through their futures.
        Set<PendingRecord> claimLost = Collections.newSetFromMap(new IdentityHashMap<>());
        while (running || !waiting.isEmpty()) {
            try {
                PendingRecord first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, MAX_BATCH - 1);
                insert(batch, claimLost);
                acknowledge(batch, claimLost);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                batch.forEach(pending -> pending.stored().completeExceptionally(e));
                return;
            } catch (Throwable e) { // even an Error: this thread must outlive any failure, or every request hangs
                settleFailed(batch, claimLost, e);
            }
            batch.clear();
            claimLost.clear();
        }
    }

    private static void acknowledge(List<PendingRecord> committed, Set<PendingRecord> claimLost) {
        committed.forEach(pending -> pending.stored().complete(claimLost.isEmpty() || !claimLost.contains(pending)));
    }

    /**
     * Every failure fails its whole batch and each of its requests (503 when the database is unreachable, see
     * DatabaseOutage); the thread goes on with the next batch, so the recorder recovers by itself when PostgreSQL is
     * back. One failure is ambiguous: a COMMIT whose connection was lost (say, the server was stopped) may have been
     * committed just before. Failing it would leave stored triages their clients never saw; so the recorder asks
     * again once the database answers, and acknowledges the batch if it is stored. Only if the database stays away
     * longer than {@link #SETTLE_COMMIT_WITHIN} are the requests failed with the outcome unknown, and their ids
     * logged, so such a record can be told apart.
     */
    private void settleFailed(List<PendingRecord> batch, Set<PendingRecord> claimLost, Throwable e) {
        if (e instanceof CommitOutcomeUnknown) {
            // Judged by a record the batch inserted: one whose Idempotency-Key claim lost was never inserted. When
            // every claim lost, the batch stored nothing and each request answers with the winner's record.
            Optional<PendingRecord> inserted = batch.stream().filter(pending -> !claimLost.contains(pending))
                    .findFirst();
            if (inserted.isEmpty()) {
                acknowledge(batch, claimLost);
                return;
            }
            if (serverStoppedAnswering(e)) {
                // A frozen server: waiting for it to say would hold every request past the 2 s in which an outage
                // must be answered (docs/operations.md, "Timeouts"). The requests fail now (503, not acknowledged,
                // so nothing acknowledged can be lost); whether the batch was stored after all is settled and
                // logged on a thread of its own, by its ids, so a record no client saw can be told apart.
                List<UUID> ids = batch.stream().map(pending -> pending.record().triageId()).toList();
                UUID probe = inserted.get().record().triageId();
                Thread settler = new Thread(() -> logOutcome(ids, probe, e), "triage-recorder-settle");
                settler.setDaemon(true);
                settler.start();
                failAll(batch, e);
                return;
            }
            Optional<Boolean> stored = storedAfterAll(inserted.get().record().triageId());
            if (stored.orElse(false)) {
                LOG.infof("A batch of %d triage records was committed although its COMMIT failed (%s)", batch.size(),
                        e.getMessage());
                acknowledge(batch, claimLost);
                return;
            }
            if (stored.isEmpty()) {
                LOG.warnf("Commit outcome unknown for %d triage records (answered as not recorded, possibly stored):"
                        + " %s (%s)", batch.size(), batch.stream().map(pending -> pending.record().triageId()).toList(),
                        e.getMessage());
            }
        }
        failAll(batch, e);
    }

    private static void failAll(List<PendingRecord> batch, Throwable e) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.warnf("A batch of %d triage records was not committed: database unreachable (%s)", batch.size(),
                    e.getMessage());
        } else {
            LOG.errorf(e, "A batch of %d triage records was not committed", batch.size());
        }
        batch.forEach(pending -> pending.stored().completeExceptionally(e));
    }

    /** The driver gave up waiting for the server's answer (socketTimeout): it is frozen, not gone. */
    private static boolean serverStoppedAnswering(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private void logOutcome(List<UUID> ids, UUID probe, Throwable e) {
        Optional<Boolean> stored = storedAfterAll(probe);
        if (stored.orElse(false)) {
            LOG.warnf("Triage records %s were stored although their requests were answered 503 (the server stopped "
                    + "answering during their insert: %s)", ids, e.getMessage());
        } else if (stored.isEmpty()) {
            LOG.warnf("Commit outcome still unknown for triage records %s (answered 503): %s", ids, e.getMessage());
        } else {
            LOG.infof("Triage records %s answered 503 were not stored, as answered", ids);
        }
    }

    /** Whether a batch is stored, judged by one of its records (a batch is one transaction); empty if unknown. */
    private Optional<Boolean> storedAfterAll(UUID triageId) {
        long deadline = System.nanoTime() + SETTLE_COMMIT_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select = connection.prepareStatement(STORED)) {
                select.setObject(1, triageId);
                try (ResultSet found = select.executeQuery()) {
                    return Optional.of(found.next());
                }
            } catch (SQLException | RuntimeException stillUnreachable) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
        }
        return Optional.empty();
    }

    /** The COMMIT itself failed: the server may or may not have committed before the connection was lost. */
    static final class CommitOutcomeUnknown extends SQLException {
        CommitOutcomeUnknown(SQLException cause) {
            super("Commit outcome unknown: " + cause.getMessage(), cause.getSQLState(), cause);
        }
    }

    /** Inserts the batch in one transaction, but for the records whose claim lost: those it adds to claimLost. */
    private void insert(List<PendingRecord> batch, Set<PendingRecord> claimLost) throws SQLException {
        if (batch.stream().allMatch(pending -> pending.claim() == null)) {
            insertAlone(batch);
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                claimLost.addAll(BatchKeyClaims.lost(connection, batch));
                List<PendingRecord> toInsert = claimLost.isEmpty() ? batch
                        : batch.stream().filter(pending -> !claimLost.contains(pending)).toList();
                if (!toInsert.isEmpty()) {
                    try (PreparedStatement insert = connection.prepareStatement(INSERTS[toInsert.size()])) {
                        bindRows(insert, toInsert);
                        insert.executeUpdate();
                    }
                }
                commit(connection);
            } catch (Throwable e) {
                // On a lost connection these fail too; the first failure is the one that tells what happened.
                quietly(connection::rollback, e);
                quietly(() -> connection.setAutoCommit(true), e);
                if (!DatabaseOutage.causedBy(e) && connection.isClosed()) {
                    // Some driver paths report a dropped connection as something else (an AssertionError under -ea).
                    throw new SQLException("The connection was lost while recording", "08006", e);
                }
                throw e;
            }
            connection.setAutoCommit(true);
        }
    }

    /**
     * A batch without Idempotency-Keys is one statement, which PostgreSQL runs as a transaction of its own: one round
     * trip instead of two (the INSERT with a BEGIN before it, then COMMIT), and as durable: the statement's implicit
     * commit waits for the WAL flush like any other. A connection lost while it runs leaves the outcome unknown,
     * exactly as a lost COMMIT does, and is settled the same way.
     */
    private void insertAlone(List<PendingRecord> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERTS[batch.size()])) {
            connection.setAutoCommit(true); // the pool's default; said here because durability hangs on it
            bindRows(insert, batch);
            try {
                insert.executeUpdate();
            } catch (SQLException e) {
                throw DatabaseOutage.causedBy(e) ? new CommitOutcomeUnknown(e) : e;
            }
        }
    }

    /** INSERTS[n] inserts n rows; index 0 is unused. */
    private static String[] insertStatements() {
        String[] statements = new String[MAX_BATCH + 1];
        StringBuilder sql = new StringBuilder(INSERT_INTO).append(ROW);
        for (int rows = 1; rows <= MAX_BATCH; rows++) {
            statements[rows] = sql.toString();
            sql.append(", ").append(ROW);
        }
        return statements;
    }

    private static void bindRows(PreparedStatement insert, List<PendingRecord> batch) throws SQLException {
        int parameter = 0;
        for (PendingRecord pending : batch) {
            TriageRecord record = pending.record();
            insert.setObject(++parameter, record.triageId());
            // ISO-8601 with offset, to the microsecond: exact in timestamptz.
            insert.setString(++parameter, record.createdAt().toString());
            insert.setString(++parameter, record.rulesetVersion());
            insert.setString(++parameter, record.disposition());
            insert.setString(++parameter, record.request());
            insert.setString(++parameter, record.response());
            insert.setObject(++parameter, record.clientKeyId());
        }
    }

    private static void commit(Connection connection) throws SQLException {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw DatabaseOutage.causedBy(e) ? new CommitOutcomeUnknown(e) : e;
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void quietly(SqlAction action, Throwable failure) {
        try {
            action.run();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
