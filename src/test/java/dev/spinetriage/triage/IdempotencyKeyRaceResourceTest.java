package dev.spinetriage.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinetriage.platform.security.TestKeys;
import dev.spinetriage.platform.security.TestKeys.Key;
import dev.spinetriage.triage.idempotency.IdempotencyClaim;
import dev.spinetriage.triage.idempotency.IdempotencyKey;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Requests racing with one Idempotency-Key, released together by a barrier: every round stores exactly one record,
 * every caller gets its triage id, and exactly one answer is the original (the others are replays). Checked over
 * HTTP, and in the store itself, where every racer reaches the claim.
 */
@QuarkusTest
class IdempotencyKeyRaceResourceTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 5;
    private static final String HASH = IdempotencyClaim.hashOf(IdempotencyKeyResourceTest.REQUEST);
    private static final Pattern TRIAGE_ID = Pattern.compile("\"triageId\":\"([^\"]+)\"");

    @TestHTTPResource("/api/v1/triage")
    URI triage;

    @Inject
    AgroalDataSource database;

    @Inject
    TriageStore store;

    @Test
    void racingRequestsWithOneKeyStoreOneRecordAndAllGetItsTriageId() throws Exception {
        Key client = TestKeys.create("racing", "triage");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String key = UUID.randomUUID().toString();
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    answers.add(threads.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        return http.send(request(client, key), HttpResponse.BodyHandlers.ofString());
                    }));
                }

                Set<String> triageIds = new HashSet<>();
                int originals = 0;
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                    assertEquals(201, response.statusCode(), response.body());
                    Matcher id = TRIAGE_ID.matcher(response.body());
                    triageIds.add(id.find() ? id.group(1) : "none in " + response.body());
                    originals += response.headers().firstValue(TriageResource.IDEMPOTENT_REPLAYED).isEmpty() ? 1 : 0;
                }

                assertEquals(1, triageIds.size(), "round " + round + ": every caller gets one triage id");
                assertEquals(1, originals, "round " + round + ": one original answer, the rest replays");
                assertEquals(round + 1, records(client), "round " + round + ": one record per key");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Past the service's look-up, straight into the store and its recorder: every one of the racing records reaches
     * the claim, in one batch or several. One wins; a duplicate fails neither the others nor the records of other keys around it.
     */
    @Test
    void inTheRecorderOneClaimWinsAndADuplicateFailsNoOtherRecord() throws Exception {
        UUID client = UUID.fromString(TestKeys.create("racing-recorder", "triage").id());
        IdempotencyKey key = new IdempotencyKey(UUID.randomUUID().toString());
        ExecutorService threads = Executors.newFixedThreadPool(THREADS + 4);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS + 4);
            List<Future<Boolean>> sameKey = new ArrayList<>();
            List<Future<Boolean>> ownKeys = new ArrayList<>();
            for (int t = 0; t < THREADS + 4; t++) {
                IdempotencyKey own = t < THREADS ? key : new IdempotencyKey(UUID.randomUUID().toString());
                Future<Boolean> stored = threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return record(client, own);
                });
                (t < THREADS ? sameKey : ownKeys).add(stored);
            }

            int winners = 0;
            for (Future<Boolean> stored : sameKey) {
                winners += stored.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            for (Future<Boolean> stored : ownKeys) {
                assertEquals(true, stored.get(60, TimeUnit.SECONDS), "a record with a key of its own is stored");
            }
            assertEquals(1, winners, "exactly one of the racing records is stored");
            assertEquals(5, records(client));
        } finally {
            threads.shutdownNow();
        }
    }

    /** Whether the record was stored; a record whose claim lost gets the winner's answer instead. */
    private boolean record(UUID client, IdempotencyKey key) throws Exception {
        UUID triageId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        TriageRecord record = new TriageRecord(triageId, now, "2026.11.0", "SPECIALIST_REVIEW",
                IdempotencyKeyResourceTest.REQUEST, "{\"triageId\": \"" + triageId + "\"}", client);
        return store.save(record, new IdempotencyClaim(client, key, HASH)).toCompletableFuture().get().isEmpty();
    }

    private HttpRequest request(Key client, String idempotencyKey) {
        return HttpRequest.newBuilder(triage).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + client.secret())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(IdempotencyKeyResourceTest.REQUEST)).build();
    }

    private long records(Key client) throws Exception {
        return records(UUID.fromString(client.id()));
    }

    private long records(UUID client) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM triage_record WHERE client_key_id = ?")) {
            s.setObject(1, client);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
