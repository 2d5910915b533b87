package dev.spinetriage.platform.logging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The request id is in the MDC of every line a request logs, also on the worker thread a blocking resource method
 * runs on: Quarkus keeps MDC data in the request's duplicated Vert.x context, not in a thread-local.
 */
@QuarkusTest
class RequestIdInLogsResourceTest {

    @Test
    void anErrorLoggedOnAWorkerThreadCarriesTheRequestId() {
        try (CapturedLog log = CapturedLog.open()) {
            given().header("X-Request-Id", "worker-thread-1").get("/test-probe/boom").then().statusCode(500);

            List<CapturedLog.Line> errors = log.lines().stream()
                    .filter(l -> l.message().startsWith("Unhandled error")).toList();
            assertEquals(1, errors.size(), log.lines().toString());
            assertEquals("worker-thread-1", errors.get(0).requestId());
        }
    }

    @Test
    void theAccessLogLineCarriesTheRequestId() {
        try (CapturedLog log = CapturedLog.open()) {
            given().header("X-Request-Id", "access-log-1").get("/q/health/live").then().statusCode(200);

            // The access log line is written when the response ends, and may trail it.
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10)).untilAsserted(() -> assertTrue(
                    log.lines().stream().anyMatch(
                            l -> l.message().contains("/q/health/live") && "access-log-1".equals(l.requestId())),
                    () -> log.lines().toString()));
        }
    }
}
