package dev.spinetriage.triage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.platform.security.TestKeys;
import dev.spinetriage.triage.TriageRecord;
import dev.spinetriage.triage.TriageStore;
import dev.spinetriage.triage.idempotency.IdempotencyClaim;
import dev.spinetriage.triage.idempotency.IdempotencyKey;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Records saved at once share the recorder's multi-row INSERT: each row must come back with its own values in every
 * column, whatever the batch's size and whichever records in it carry an Idempotency-Key claim. Every value differs
 * from record to record, so a row bound one parameter off, or shifted to another row, fails here.
 */
@QuarkusTest
class BatchedRecordsStoredExactlyTest {

    private static final int RECORDS = 48;

    @Inject
    TriageStore store;

    @Inject
    AgroalDataSource database;

    @Test
    void everyRecordOfConcurrentBatchesIsStoredWithItsOwnValues() throws Exception {
        UUID clientA = UUID.fromString(TestKeys.create("batched-a", "triage").id());
        UUID clientB = UUID.fromString(TestKeys.create("batched-b", "triage").id());
        OffsetDateTime base = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        List<TriageRecord> records = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            UUID id = UUID.randomUUID();
            // Quotes, backslashes and non-ASCII text, as real documents have: stored as sent, not escaped twice.
            records.add(new TriageRecord(id, base.plusNanos(i * 1_001_000L), "2026.11." + i,
                    i % 2 == 0 ? "SPECIALIST_REVIEW" : "CONSERVATIVE_CARE_FIRST",
                    "{\"n\":" + i + ",\"note\":\"say \\\"ouch\\\" \\\\ ça\"}",
                    "{\"triageId\":\"" + id + "\",\"row\":" + i + "}", i % 3 == 0 ? clientA : clientB));
        }

        ExecutorService threads = Executors.newFixedThreadPool(12);
        try {
            CyclicBarrier start = new CyclicBarrier(12);
            List<Future<Optional<?>>> saved = new ArrayList<>();
            for (int i = 0; i < RECORDS; i++) {
                TriageRecord record = records.get(i);
                // Every fourth record claims a key of its own: batches mix both kinds, so both insert paths run.
                IdempotencyClaim claim = i % 4 == 0 ? new IdempotencyClaim(record.clientKeyId(),
                        new IdempotencyKey(UUID.randomUUID().toString()), IdempotencyClaim.hashOf(record.request()))
                        : null;
                boolean waits = i < 12;
                saved.add(threads.submit(() -> {
                    if (waits) {
                        start.await(30, TimeUnit.SECONDS);
                    }
                    return store.save(record, claim).toCompletableFuture().get(60, TimeUnit.SECONDS);
                }));
            }
            for (Future<Optional<?>> answer : saved) {
                assertTrue(answer.get(60, TimeUnit.SECONDS).isEmpty(), "each record is stored as itself");
            }
        } finally {
            threads.shutdownNow();
        }

        for (TriageRecord expected : records) {
            assertEquals(expected, stored(expected.triageId()));
        }
    }

    private TriageRecord stored(UUID triageId) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT created_at, ruleset_version, disposition, request, response, client_key_id "
                        + "FROM triage_record WHERE triage_id = ?")) {
            s.setObject(1, triageId);
            try (ResultSet row = s.executeQuery()) {
                assertTrue(row.next(), "stored: " + triageId);
                return new TriageRecord(triageId, row.getObject(1, OffsetDateTime.class), row.getString(2),
                        row.getString(3), row.getString(4), row.getString(5), row.getObject(6, UUID.class));
            }
        }
    }
}
