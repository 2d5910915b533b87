package dev.spinetriage.platform.database;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.spinetriage.platform.logging.CapturedLog;
import dev.spinetriage.platform.security.Roles;
import dev.spinetriage.platform.security.TestKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Several clients triage as fast as they can for a bounded time while PostgreSQL is restarted once underneath. Every
 * answer is a 201 or a 503 (never a 500), and what is stored for the clients' key is exactly what was acknowledged
 * with a 201: nothing acknowledged is missing, nothing unacknowledged is stored.
 *
 * <p>The one hard case: a COMMIT whose connection is lost after the server committed but before it answered. The
 * recorder asks again once the database is back and acknowledges the batch if it is stored. If the database stayed
 * away too long for that, the clients got a 503 while the record may exist; the recorder logs those ids as "commit
 * outcome unknown", and a stored record that was not acknowledged is accepted only if it is one of them, and counted.
 */
@QuarkusTest
@TestProfile(VerifiedKeysKept.class)
class DatabaseRestartUnderLoadResourceTest {

    private static final int CLIENTS = 6;
    private static final Duration LOAD = Duration.ofSeconds(24);
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Pattern TRIAGE_ID = Pattern.compile("\"triageId\":\"([0-9a-f-]{36})\"");
    private static final Pattern UNKNOWN_OUTCOME = Pattern.compile("[0-9a-f]{8}-[0-9a-f-]{27}");

    @Inject
    AgroalDataSource database;

    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger acknowledgedAfterRestart = new AtomicInteger();
    private final List<String> other = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean restarted;

    @Test
    void everyAcknowledgedTriageIsStoredAndNothingElseWhenTheDatabaseRestartsUnderLoad() throws Exception {
        Optional<EmbeddedPostgresRestarts> server = EmbeddedPostgresRestarts.of(database);
        assumeTrue(server.isPresent(), "an external PostgreSQL is not ours to restart");
        TestKeys.Key client = TestKeys.create("restart-load", Roles.TRIAGE);
        long stopAt = System.nanoTime() + LOAD.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (CapturedLog log = CapturedLog.open()) {
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> triageUntil(stopAt, client.secret()));
            }
            awaitTrue(() -> acknowledged.size() >= 100, "no load before the restart");
            server.get().stop();
            server.get().start();
            restarted = true;
            awaitTrue(() -> acknowledgedAfterRestart.get() >= 100, "no recovery after the restart");
            clients.shutdown();
            assertTrue(clients.awaitTermination(DEADLINE.toSeconds(), TimeUnit.SECONDS), "clients did not stop");

            Set<UUID> stored = StoredTriages.of(database, client.id());
            Set<UUID> missing = new HashSet<>(acknowledged);
            missing.removeAll(stored);
            Set<UUID> extra = new HashSet<>(stored);
            extra.removeAll(acknowledged);
            Set<UUID> outcomeUnknown = outcomeUnknown(log);
            System.out.printf("Database restart under load (%d clients, %d s): sent %d, 201 %d, 503 %d, other %d; "
                    + "stored %d, acknowledged but missing %d, stored but not acknowledged %d (commit outcome "
                    + "unknown: %d)%n", CLIENTS, LOAD.toSeconds(), sent.get(), acknowledged.size(),
                    unavailable.get(), other.size(), stored.size(), missing.size(), extra.size(),
                    outcomeUnknown.size());

            assertEquals(List.of(), other, "every answer is a 201 or a 503 with Retry-After");
            assertEquals(Set.of(), missing, "acknowledged triages missing from the database");
            extra.removeAll(outcomeUnknown);
            assertEquals(Set.of(), extra, "stored triages that were never acknowledged nor logged as uncertain");
            assertEquals(sent.get(), acknowledged.size() + unavailable.get(), "every request was answered");
        } finally {
            clients.shutdownNow();
        }
    }

    private void triageUntil(long stopAt, String key) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port
                        + "/api/v1/triage")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(StoredTriages.PATIENT)).build();
        long giveUpAt = stopAt + DEADLINE.toNanos();
        while (System.nanoTime() < giveUpAt && !Thread.currentThread().isInterrupted()
                && (System.nanoTime() < stopAt || !restarted || acknowledgedAfterRestart.get() < 100)) {
            sent.incrementAndGet();
            try {
                count(http.send(request, HttpResponse.BodyHandlers.ofString()));
            } catch (IOException e) {
                other.add(e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void count(HttpResponse<String> response) {
        Matcher id = TRIAGE_ID.matcher(response.body());
        if (response.statusCode() == 201 && id.find()) {
            acknowledged.add(UUID.fromString(id.group(1)));
            if (restarted) {
                acknowledgedAfterRestart.incrementAndGet();
            }
        } else if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()
                && response.body().contains("service-unavailable")) {
            unavailable.incrementAndGet();
        } else {
            other.add(response.statusCode() + " " + response.body());
        }
    }

    private static Set<UUID> outcomeUnknown(CapturedLog log) {
        return log.lines().stream().filter(l -> l.message().startsWith("Commit outcome unknown"))
                .flatMap(l -> UNKNOWN_OUTCOME.matcher(l.message()).results().map(m -> UUID.fromString(m.group())))
                .collect(Collectors.toSet());
    }

    private static void awaitTrue(BooleanSupplier condition, String failure) {
        await().alias(failure).atMost(DEADLINE).pollInterval(Duration.ofMillis(20)).until(condition::getAsBoolean);
    }
}
